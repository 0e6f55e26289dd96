import { describe, expect, test } from 'vitest';
import { foreignLeadIn } from '../../../../../src/core/engine/attribution/sieves/foreignLeadIn';
import { analyze, quotesOf } from '../helpers';

// sieves/foreignLeadIn.ts: a colon lead-in that names no one over prose in another language sets off a quotation, given
// to nobody. Global Voices (CC BY 3.0), development half, May 2012.

const ARMENIAN =
  'Խոսքեր ուղղակի չեմ գտնում վիրավորանքս ու զայրույթս արտահայտելու կատարվացի ու կատարողների վրա: ԱՄՈԹ!!! ԱՆՈՂՆԵՐԻՆ. հուսով եմ որ օրենքի ամբողջ խստությամբ կպատժվեն նրանք ովքեր կազմակերպել են այդ ամենը:';
const ARMENIAN_ENGLISH =
  "I simply can't find words to express my outrage and anger at what happened and those who did it. SHAME !!! TO THOSE WHO DID IT: I hope that those who organized all of this will be punished with all of the severity of the law.";
const AMHARIC =
  'ጠቃሚ መሳሰቢያ!!! አንዳንድ ወንድሞች በነገዉ ጁምአ ተቃዉሞን በዝምታ መገለፅ አለበት የሚለዉን መልዕክት ወይም ማሳሰቢያ የግለሰቦች ሀሳብ እየመሰላቸዉ ተክቢራዉ መቀጠል አለበት ይላሉ:: ሁሉም ሰዉ በተክቢራ ተቃዉሞን መግለፁ ጠቃሚ እንደሆነ ይስማማል::ነገር ግን የነገዉን ጁምአ በተመለከተ በሁሉም መስጂዶች ሙስሊሙ በዝምታ ተቃዉሞዉን መግለፅ እንዳለበት ሹራ ተደርጎ እና ከብዙ አቅጣጫ ታይቶ የተወሰነ መሆኑን በመረዳት ይህንን መልዕክት በየመስጂዳችን ተግባራዊ እንድናደርገዉ እናሳስባለን …….አሁንም ይህን የተለመደዉን ታዛዥነታችንን በማስቀጠል በየመስጂዶቻችን በዝምታ ተቃዉሞአችንን እንድንገልፅ በአላህ ስም እናሳስባለን::';
const AMHARIC_ENGLISH =
  'Important notice! In tomorrow’s Juma’a (Friday) our peaceful protest should continue in silence! Some brothers might consider this message as an idea of some individuals. They might insist we should persist our protest through “tekbira” (intone), though it is agreeable to protest through chanting it has been decided that across all mosques that tomorrow’s Juma’a (Friday) our peaceful protest should continue in silence! In the name of Allah we urge you to show your protest in silence tomorrow.';

describe('a post in another language after a lead-in that names no speaker', () => {
  test('the lead-in is its cue when the next paragraph is prose in another language, never over English', () => {
    const lead = "Messages of support have also been left on the bar's Facebook page [ar]:";
    expect(foreignLeadIn(5, lead, { start: 0, end: lead.length }, ARMENIAN)).toMatchObject({
      subject: { entity: null, resolution: 'unattributed' },
      cue: { block: 5, start: 0, end: lead.length - 1 },
    });
    expect(foreignLeadIn(5, lead, { start: 0, end: lead.length }, ARMENIAN_ENGLISH)).toBeNull();
    // An English list item of nouns has no function word either: after "…, including:" it is the writer's own item
    // (usgov-gsa-cross-sector-partnering-competitions-2015-12-11, digital.gov, public domain).
    const list = 'Partners can bring a lot to the table, including:';
    expect(foreignLeadIn(17, list, { start: 0, end: list.length }, 'Prize design expertise (scope, rules, judging criteria, etc.)')).toBeNull();
    const posted = 'Many of the visitors to the page have posted messages like:';
    expect(foreignLeadIn(5, posted, { start: 0, end: posted.length }, ARMENIAN)).toMatchObject({ subject: { entity: null, resolution: 'unattributed' } });
    // A heading with no English function word is no prose in another language: eight words at least.
    const heading = 'I have tested a copy of the software and the result shows that the filter is full of flaws:';
    expect(foreignLeadIn(1, heading, { start: 0, end: heading.length }, 'Collaborative Testing: a leaking dam')).toBeNull();
  });

  test('an Armenian Facebook post and its English are quotes, given to nobody', () => {
    const article = analyze(
      'Armenia: Bar Targeted By Suspected Nationalists In Arson Attack',
      "Messages of support have also been left on the bar's Facebook page [ar]:",
      ARMENIAN,
      ARMENIAN_ENGLISH,
      'Donation box, Yerevan, Armenia © Nairi Hakhverdi',
    );
    const quotes = quotesOf(article);
    expect(quotes.find((q) => q.text.startsWith('Խոսքեր'))).toMatchObject({ kind: 'direct', speakerId: null });
    expect(quotes.find((q) => q.text.startsWith('I simply can'))).toMatchObject({ kind: 'direct', speakerId: null });
  });

  test('an Amharic Facebook post and its English are quotes, and a word in marks inside the English stays inside', () => {
    const article = analyze(
      'Ethiopia: Muslims Campaign Online',
      'Following these events, Ethiopian Muslims have turned to Facebook and Twitter to make their voices heard. On one of the Facebook pages created in order to coordinate the protests says [amh]:',
      AMHARIC,
      AMHARIC_ENGLISH,
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('ጠቃሚ መሳሰቢያ'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Important notice!'))).toBe(true);
    expect(texts).not.toContain('tekbira');
  });
});
