import type { Article } from '../../../../src/core/schema';
import { analyze } from '../attribution/helpers';

// Sources' gender and type on real articles outside tests/fixtures/real, each sentence copied verbatim:
// - NASA features (public domain, works of the US federal government), from nasa.gov as scraped into
//   github.com/katie-hofschen/NASA_RAG (nasa_articles/nasa_article_<n>.md): "NASA’s Commitment to Safety Starts with
//   its Culture" (Armstrong, 2024-04-30; 157), "Big Science Drives Wallops’ Upgrades for NASA Suborbital Missions"
//   (144), "Leslie Livesay Named Deputy Director of NASA’s Jet Propulsion Laboratory" (503), "NASA Grant Brings Students
//   at Underserved Institutions to the Stars" (180), "The Marshall Star for January 24, 2024" (935).
// - DigitalGov news posts (public domain, works of the US General Services Administration), from
//   github.com/GSA/digitalgov.gov content/news/<yyyy>/<mm>/: 2014-03-12 "In the Beginning…of Web in Federal
//   Government", 2014-06-03 "Harnessing the Power of Many—DigitalGov Summit Recap", 2014-10-23 "Web Design Changes? Let
//   the Metrics be Your Guide", 2015-05-01 "Creating a Veterans-Centered Experience Through ExploreVA", 2015-10-28
//   "Training Series Offers Marketing Tips for Prizes & Challenges", 2019-02-27 "Deep Dive: How a Health Tech Sprint
//   Pioneered an AI Ecosystem".
// - Global Voices (CC BY 3.0), from github.com/OpenGenderTracking/globalvoices:
//   http://globalvoicesonline.org/2004/12/09/andrea-roundup-on-blogosphere-development-in-china-and-hong-kong/

/** The entity named `name`'s [type, its words, gender, its words]. */
function sourceOf(article: Article, name: string): [string | undefined, string | undefined, string | undefined, string | undefined] {
  const entity = article.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`no entity "${name}" among ${article.entities.map((e) => e.name).join(', ')}`);
  return [entity.sourceType, entity.sourceEvidence?.text, entity.gender, entity.genderEvidence?.text];
}

const SAFETY = [
  'NASA’s Commitment to Safety Starts with its Culture',
  'Another element of safety is what happens outside of work. Timothy Risch, a NASA Armstrong technical manager, cautioned people should prepare for and be ready to survive a serious accident. While walking to a store to return a movie, Risch heard a loud bang and saw a car crash into a light pole nearby. The 1,100-pound pole fell on his shoulder, hit his knee, shattered his fibula, ankle, and three bones in his foot. He had a 4-inch cut and a compound fracture.',
  'Timothy Risch, a technical manager at NASA’s Armstrong Flight Research Center in Edwards, California, cautions people should prepare for and be ready to survive a serious accident. He presented during Safety Day on April 4, 2024, at NASA’s Armstrong Flight Research Center in Edwards, California. NASA/Steve Freeman',
  '“Prepare mentally and emotionally that you may need help if you are hurt,” he said. “I carried an identification card with me that had my key information on it such as my address, medical conditions, and medications. I had it with my license.”',
];

test('a photographer named only in a caption’s credit is no one’s he: the next paragraph’s “he said” states nothing of them (NASA 157)', () => {
  const article = analyze(SAFETY[0] ?? '', ...SAFETY.slice(1));
  const freeman = article.entities.find((e) => e.name === 'Steve Freeman');
  expect(freeman?.gender ?? 'unknown').toBe('unknown');
  expect(sourceOf(article, 'Timothy Risch').slice(2)).toEqual(['man', 'He']);
});

test('a facility the entities took for a person gets no gender from the next caption’s “she said” (NASA 144)', () => {
  const article = analyze(
    'Big Science Drives Wallops’ Upgrades for NASA Suborbital Missions',
    'Suborbital science platforms provide low-cost, quick-turnaround test opportunities to study Earth, our solar system, and the universe. Engineers at NASA’s Wallops Flight Facility in Virginia are developing new, higher-capacity systems to process, store, and transmit that data using the IRAD Internal Research and Development Program.',
    'The CASBa, Comprehensive Avionic System for Balloons, aims to replace a system originally developed in the 1980s, said Sarah Wright, suborbital technology lead at NASA Wallops. CASBa will capture, process, and transmit gigabytes rather than the megabytes capacity of the current system. Building it around commercially supplied computer cores also keeps mission costs down while reducing mass, Wright added.',
    'The current avionics system for operating NASA’s balloon science platforms measures 48 by 30 by 22 inches — about the size of a shopping cart. NASA’s Wallops Flight Facility',
    '“That is the essence of sounding rocket and balloon science,” she said. “If it’s relatively inexpensive and off-the-shelf, scientists could put more resources into developing the science package.”',
  );
  const facility = article.entities.find((x) => x.name === 'Wallops Flight Facility');
  expect(facility?.gender ?? 'unknown').toBe('unknown');
});

test.each<[string, string, Array<string>, ReturnType<typeof sourceOf>]>([
  [
    'a gendered noun heading an appositive with its infinitive: “the first woman to lead the lab” (NASA 503)',
    'Laurie Leshin',
    [
      'Leslie Livesay Named Deputy Director of NASA’s Jet Propulsion Laboratory',
      'The first woman to serve as JPL’s deputy director, Livesay serves under Laurie Leshin, the first woman to lead the lab.',
      '“Leslie is an outstanding leader,” said Leshin.',
    ],
    ['unknown', undefined, 'woman', 'woman'],
  ],
  [
    'a principal investigator speaks from knowledge: expert (NASA 935)',
    'Paolo Soffitta',
    [
      'The Marshall Star for January 24, 2024',
      'The High Energy Astrophysics Division of the American Astronomical Society (AAS) has awarded the 2024 Bruno Rossi Prize to retired NASA astrophysicist Martin Weisskopf, Italian Space Agency principal investigator Paolo Soffitta, and their team for development of IXPE.',
      '“It’s incredible to receive this prize along with Martin Weisskopf and on behalf of so many people whose expertise and enthusiasm have made this possible,” Soffitta said.',
    ],
    ['expert', 'Italian Space Agency principal investigator', 'unknown', undefined],
  ],
  [
    'an intern, like a student, speaks for themself: citizen (NASA 180)',
    'Cathy Trejo',
    [
      'NASA Grant Brings Students at Underserved Institutions to the Stars',
      'Like Flores, current Cal State LA intern Cathy Trejo wants to improve the world through clean water. She’s studying to be an environmental engineer, with a focus beyond wastewater.',
      '“Understanding the instruments we use on Mars has helped me better understand how we study chemistry here on Earth,” Trejo said.',
    ],
    ['citizen', 'Cal State LA intern', 'woman', 'She'],
  ],
  [
    'an appositive no comma closes ends at the verb that reports its speaker (Global Voices, 2004-12-09)',
    'Chiu Yung',
    [
      'Andrea: Roundup on blogosphere development in China and Hong Kong',
      'He points to The Voice of Chinese Bloggers, where Chiu Yung, another Guangzhou blogger wrote that there are many things other than politics that Chinese bloggers want to express.',
      'Chiu Yung also noted that blogs also served as a watchdog on Chinese portal sites.',
    ],
    ['citizen', 'another Guangzhou blogger', 'unknown', undefined],
  ],
  [
    'one blogger titled by name, and “bloggers” inside a quote, are no voices the opening gathers: the text gives Fons no type (Global Voices, 2004-12-09)',
    'Fons',
    [
      'Andrea: Roundup on blogosphere development in China and Hong Kong',
      "Rational blogger Andrea wrapped up recent resonates about China and Hongkong's blogosphere in her T-Salon blog:",
      '"In the current Chinese cyberspace, bloggers may not be as loud as their American counterparts. But they are potentially certainly no less subversive to the dominant paradigm. Hope will be born from their whispers," Xiao wrote on a seperate post in China Digital News.',
      '"Communication is changing from a lecture into a conversation," Fons noted, paraphrasing the words of Dan Gillmor.',
    ],
    ['unknown', undefined, 'unknown', undefined],
  ],
  [
    'an office whose body the next phrases set off by commas name: official (DigitalGov 2014-03-12)',
    'Janice Clark',
    [
      'In the Beginning…of Web in Federal Government',
      'The State Department may have been one of the first, in 1991, with a bulletin board presence launched thru the Government Printing Office, according to Janice Clark, Director in the Office of Website Management, Bureau of Public Affairs. “We saw the transition from hot type to cold and onto desktop publishing, and finally in the early 90’s began to morph into Web editors.',
    ],
    ['official', 'Director in the Office of Website Management, Bureau of Public Affairs', 'unknown', undefined],
  ],
  [
    'the same, up to the verb that reports the speaker (DigitalGov 2014-03-12)',
    'Ellen Langhans',
    [
      'In the Beginning…of Web in Federal Government',
      'Healthfinder.gov morphed from simply being a health portal site, to a site that’s focused on actionable prevention and wellness information, Ellen Langhans, Program Manager, Health Communication and eHealth Division, Office of Disease Prevention and Health Promotion at the Department of Health and Human Services, said. “The Web has changed the way we communicate to our constituents. While healthfinder has always been a Web-based resource, the Healthy People initiative used to look like this.”',
      '“The future is in mobile/responsive design. Fewer people are accessing the Web on computers, and that number is likely to keep decreasing. We need to meet people where they are, and also invest the money now to create a shifting infrastructure.” – Ellen Langhans, HHS',
    ],
    [
      'official',
      'Program Manager, Health Communication and eHealth Division, Office of Disease Prevention and Health Promotion at the Department of Health and Human Services',
      'unknown',
      undefined,
    ],
  ],
  [
    'a listed office ends with its names, before the sentence’s verb (DigitalGov 2014-06-03)',
    'Jacob Parcell',
    [
      'Harnessing the Power of Many—DigitalGov Summit Recap',
      'At the DigitalGov Citizen Services Summit last Friday, Jacob Parcell, Manager, Mobile Programs at the General Services Administration led a panel on the challenges and benefits of Inter-Agency work. The other panels were on performance analysis, customer service across channels, and public private partnerships.',
      '“The challenges are real,” said Parcell, who quoted President Obama’s famous salmon quandary: “The Interior Department is in charge of salmon while they’re in fresh water, but the Commerce Department handles them when they’re in saltwater,” Obama said. “I hear it gets even more complicated once they’re smoked.”',
    ],
    ['official', 'Manager, Mobile Programs at the General Services Administration', 'unknown', undefined],
  ],
  [
    'an appositive that ends in “shared.”: the role, without the verb (DigitalGov 2014-03-12)',
    'Candi Harrison',
    [
      'In the Beginning…of Web in Federal Government',
      'The beginning was like the “Wild, Wild, West,” Candi Harrison, former Web Manager at the Department of Housing and Urban Development shared. Content was published without management review or ownership and everyone was reinventing the wheel, she said.',
    ],
    // A former official speaks for herself (formerRole.ts).
    ['citizen', 'former Web Manager at the Department of Housing and Urban Development', 'woman', 'she'],
  ],
  [
    'an appositive that a parenthesis ends (DigitalGov 2014-10-23)',
    'Ilene France',
    [
      'Web Design Changes? Let the Metrics be Your Guide',
      'Ilene France, Supervisory Digital Information Specialist for the National Institutes of Health (NIAID) considers this one of the challenges to going responsive. “Just formatting content so that all that stuff is on a mobile device doesn’t help users,” she said.',
    ],
    ['expert', 'Supervisory Digital Information Specialist for the National Institutes of Health', 'woman', 'she'],
  ],
  [
    'a government body’s possessive before the name ties its office to it: official (DigitalGov 2015-05-01)',
    'Megan Moloney',
    [
      'Creating a Veterans-Centered Experience Through ExploreVA',
      'VA’s Megan Moloney, Director of Digital Media Engagement, and Josh Tuscher, New Media Technologist, spoke about ExploreVA and the process it took to develop this user-centered, interactive platform.',
      'The Explore email list has grown to 1 million subscribers, and Moloney said it is now a powerful asset that enables VA to get information out quickly and efficiently. She also noted that engagement from the Explore email campaign far exceeds industry averages on open and click-through rates.',
    ],
    ['official', 'VA’s Megan Moloney, Director of Digital Media Engagement', 'woman', 'She'],
  ],
  [
    'the full stops of “U.S.” end no appositive: an advisor at the Environmental Protection Agency is an official (DigitalGov 2015-10-28)',
    'Denice Shaw',
    [
      'Training Series Offers Marketing Tips for Prizes & Challenges',
      '“We have found other ways than spending a lot of money,” said Denice Shaw, senior advisor to the Chief Innovation Officer at the U.S. Environmental Protection Agency (EPA).',
    ],
    ['official', 'senior advisor to the Chief Innovation Officer at the U.S. Environmental Protection Agency', 'unknown', undefined],
  ],
  [
    'who headed a company no longer speaks for it: an ex-founder and CEO is no spokesperson (DigitalGov 2019-02-27)',
    'Stephen Aldrich',
    [
      'Deep Dive: How a Health Tech Sprint Pioneered an AI Ecosystem',
      'In the AI ecosystem track, patient advocates like Stephen Aldrich, a 63-year-old ex-founder and CEO of Bio Economic Research Associates, LLC (bio-era) provided valuable feedback and perspective. Aldrich was diagnosed with metastatic Stage IV adenocarcinoma of the esophagus in late March 2017. “My response to my fatal cancer diagnosis served as an inspirational case study for the sprint group,” shares Aldrich. He is hopeful though for the future of experimental therapeutics via AI and open data.',
      '"I am extremely grateful to live at a time when what used to be a terminal cancer diagnosis can be turned into something much less threatening due, in no small part, to our exploding ability to gather and analyze personal omic information. I envision a day when all cancer patients have had their cancers fully sequenced, and enjoy direct control over their fundamental genomic and health data, enabling them to quickly identify the best potential treatment options for their unique cancers. Amazing cures are possible, if we enable them to happen," Aldrich says.',
    ],
    ['unknown', undefined, 'man', 'He'],
  ],
])('%s', (_, name, [headline = '', ...paragraphs], expected) => {
  const [type, typeWords, gender, genderWords] = sourceOf(analyze(headline, ...paragraphs), name);
  expect([type, typeWords, gender ?? 'unknown', genderWords]).toEqual(expected);
});
