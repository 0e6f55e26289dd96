/**
 * A short article written for the analysis worker to read as it starts, before any reader's text comes: the engine's
 * first analysis in a fresh worker compiles a thousand regular expressions and its own code, some 1.0–1.4 s on the
 * bench machine against ~0.25 s for the same article read next, so it is done while the reader pastes or picks a file.
 * Its sentences take the common shapes of attribution (a cue before and after a quote, a pronoun, a role noun, an
 * appositive, "according to", an organisation's statement, a partial quote, a directive, a denial, dates) so that the
 * passes they run are the ones compiled. Invented for this purpose; no one and nothing in it is real.
 */
export const WARM_UP_ARTICLE = `Council backs harbour plan after months of dispute

PORT ALDER, Tuesday — The city council voted 7-2 on Monday to approve a new harbour plan, ending a dispute that had divided residents since March.

"This is the right decision for the town," said Mayor Helen Okafor after the vote. "We listened, and we changed the plan."

Okafor said the revised plan would keep the fishing quay open and that work could begin in the spring. She added that the council would publish the full costs next week.

Councillor Dev Anand, who voted against it, was not convinced. "Nobody has shown me the money," he told reporters. Anand, a former harbour pilot, urged the council to delay the work until an audit was finished.

According to a report by the Harbour Trust, the project will cost about $48 million over five years. The trust said in a statement that it "welcomes the council's commitment" but warned that costs could rise.

Police Chief Maria Santos said officers would manage traffic during the works. "We have done this before," Santos said. "People should plan ahead."

A spokeswoman for the Ministry of Transport, who asked not to be named, said the government had not yet decided whether to fund the second stage.

Residents were divided. "I have fished here for thirty years," said Tom Reilly, 64. "If they close the quay, that is the end of it." His neighbour, Ana Ruiz, a nurse, said the council was right to act.

In a letter to the council, the regional governor, Karen Holt, called for "a fair deal for every family on the waterfront" and asked the mayor to meet the fishermen's union on Friday.

Okafor told The Port Alder Ledger she would. "My door is open," she said, "and it will stay open."

The union's secretary, Lee Jun-ho, denied claims that the union had blocked the talks. He said members would vote on the plan on 14 April.
`;
