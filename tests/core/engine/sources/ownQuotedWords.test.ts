import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// sources/ownQuotedWords.ts: a he or she written in a speaker's own quoted words is someone they speak of, never the
// speaker's gender; a pronoun resolved to them later, outside their words, still states it. Sentences copied from the
// dev half of tests/fixtures/real.

/** The gender of the person named `name`, and the words shown for it. */
function genderOf(article: Article, name: string): [string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.gender, entity.genderEvidence?.text];
}

test.each<[string, string, Array<string>, [string, string | undefined]]>([
  [
    'a he in the blogger’s block quotation is the politician the post speaks of (gv-bahamas-bloggers-election-results)',
    'Larry Smith',
    [
      'Bahamas: Bloggers Comment on Election Results',
      'But there was another outcome of these elections that bloggers have been discussing - the resignation of former Prime Minister Hubert Ingraham as leader of the Free National Movement and his announcement that "he will not be sworn in as the member of Parliament for North Abaco and he will not swear in as leader of the opposition". Larry Smith at Bahama Pundit commented:',
      'Of course, Ingraham has been down and out before - in 2002, when the entire FNM cabinet was wiped out. But this time there will be no return - age and circumstance will see to that...In addition to doing the right thing and resigning as party leader, Ingraham also said he would not take up his North Abaco seat, throwing the FNM into an immediate leadership quandary...',
      "Ironically (and sadly for some), Ingraham's retirement from public life came only one day after he asked the Bahamian people to give him a final chance to complete 'the work of my lifetime', by re-electing the FNM to a fourth non-consecutive term.",
    ],
    ['unknown', undefined],
  ],
  [
    'a He opening a sentence of the journalist’s block quotation is the prisoner it is about (gv-palestine-prisoners-mass-hunger-strike)',
    'Joseph Dana',
    [
      'Palestine: Mass Hunger Strike by Prisoners',
      "Blogger and journalist Joseph Dana wrote about Adnan's case in February:",
      'Mr Adnan’s story is emblematic of the administrative detention experience of many Palestinians. He claims to have been beaten and humiliated by Israeli soldiers while in custody, and began his hunger strike in protest.',
    ],
    ['unknown', undefined],
  ],
  [
    'the He that goes on after the quotation is the writer’s, not the he inside it (gv-north-korea-journalists-sentenced-hard-labor)',
    'Donald Kirk',
    [
      'North Korea: Two American Journalists Sentenced to Hard Labor',
      'At Asia Times, Donald Kirk says:',
      '“The North Koreans also get offended every time a top-level American visitor visits the region, and one immediate complication of the trial is that it coincides with a trip to South Korea, China and Japan of a US delegation led by Deputy Secretary of State James Steinberg.',
      "Steinberg has not talked publicly about the two women but has made clear in meetings with South Korea's President Lee Myung-bak and other top officials that the US is not willing to negotiate their fate. Could he have had their case in mind when he assured Lee that the US would not offer more aid for North Korea. “",
      "He then proceeds to speculate about Al Gore's involvement in negotiations:",
      '“How about giving them up to a high-level American delegation? Gore comes to mind as the man for the job in view of his control over the network for which the two women were working.',
    ],
    ['man', 'He'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  expect(genderOf(analyze(headline, ...paragraphs), name)).toEqual(expected);
});
