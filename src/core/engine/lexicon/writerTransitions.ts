/**
 * Words with which a writer adds another voice to those quoted before ("Le Retour in 3 Parts is also concerned.",
 * "others are disturbed by recent events as well"): a paragraph whose first sentence holds one is the writer's, not a
 * quotation's going on (Global Voices round-ups). "as well as" joins two things and is no such word, nor is "also" in a
 * sentence that only says something exists ("There have also been complains of interns been sexually exploited.", a
 * paragraph of Nairobi Wire's post between two others on Global Voices): it adds a fact, not a voice; nor is "and also"
 * joining a clause's second verb to its first (`Zambian Bloggers Network can grow … and also become visible`, Brenda Zulu's
 * post in gv-zambia-bloggers-network-2012-05-10): it adds to what one subject does, not another voice.
 */
export const WRITER_TRANSITION =
  /\b(?:[Oo]thers|(?<!\bThere\s+(?:is|are|was|were|have|has|had)\s+)(?<!\band\s+)[Aa]lso|as well(?! as)|too|[Aa]nother|[Mm]eanwhile|[Ee]lsewhere)\b/;
