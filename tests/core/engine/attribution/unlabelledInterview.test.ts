import { describe, expect, test } from 'vitest';
import { unlabelledInterview } from '../../../../src/core/engine/attribution/unlabelledInterview';
import { analyze, attribution, quotesOf } from './helpers';

// unlabelledInterview.ts: an interview printed with no speaker labels and no quote marks (docs/annotation-guide.md,
// "Interviews whose answers carry no quote marks and no speaker label") gives no quote from its questions or answers.

// NASA, "Michael Thorpe Studies Sediment from Source to Sink" (Conversations With Goddard, public domain; development
// half: usgov-nasa-michael-thorpe-sediment-source-to-sink-2024-01).
const THORPE = [
  'Michael Thorpe Studies Sediment from Source to Sink',
  'Sedimentary and planetary geologist Michael Thorpe finds the stories rocks have to tell, those on Earth and those from Mars.',
  'Name: Michael Thorpe',
  'Title: Sedimentary and Planetary Geologist',
  'Organization: Planetary Environments Laboratory, Science Directorate (Code 699)',
  'What do you do and what is most interesting about your role here at Goddard? How do you help support Goddard’s mission?',
  'As a sedimentary and planetary geologist, my research focuses on how sediments are transformed from the mountains to the lakes downstream, which is a process called source to sink. I study this phenomenon around the globe on Earth and then compare the results to those from similar sites on Mars.',
  'Why did you become a geologist?',
  'I grew up on the Hudson River Valley and loved to be outdoors. I knew that I wanted to pursue a career that kept me outdoors hiking, looking at nature and the environment.',
  'What is your educational background?',
  'I have a bachelor’s degree in geology from Towson University, and both a master’s and a doctorate in geosciences from Stony Brook University. I then did a NASA post-doctoral fellowship at NASA’s Johnson Space Center in Houston. I was also later contracted at Johnson as a Mars Sample Return scientist.',
] as const;

const read = (texts: ReadonlyArray<string>) => {
  const found = unlabelledInterview(
    texts,
    texts.map((_, i) => i > 0),
  );
  return { questions: [...found.questions], answers: [...found.answers] };
};

describe('an interview printed with no labels and no marks', () => {
  test('its questions and answers are told apart from the first question on', () => {
    expect(read(THORPE)).toEqual({ questions: [5, 7, 9], answers: [6, 8, 10] });
  });

  test('neither its profile header, its questions nor its answers are quotes', () => {
    const [headline, ...paragraphs] = THORPE;
    expect(quotesOf(analyze(headline, ...paragraphs)).map((q) => q.text)).toEqual([]);
  });

  // The same profile as a scrape that lost the header's field name: the line reads as prose in another language and the
  // question after it as its translation, a quotation the answers would carry on in the first person.
  test('a quotation the line before it seems to open does not run on through its questions and answers', () => {
    const [headline, standfirst, , , , ...exchanges] = THORPE;
    const article = analyze(headline, standfirst, 'Planetary Environments Laboratory, Science Directorate (Code 699)', ...exchanges);
    expect(quotesOf(article).filter((q) => exchanges.some((text) => text.startsWith(q.text)))).toEqual([]);
  });

  // NASA, "Kate A. McGinnis: Ready to “Go” with PACE Testing" (public domain), not in the corpus: katie-hofschen/NASA_RAG
  // nasa_articles/nasa_article_260.md.
  test('the interviewee’s words a question puts back to them are no quote; words the text gives her with "said Kate" are hers', () => {
    const article = analyze(
      'Kate A. McGinnis: Ready to “Go” with PACE Testing',
      'PACE Systems Engineer Kate A. McGinnis spent years planning the vibration, acoustic, and shock tests for the PACE spacecraft before saying “Systems is ‘go’” to start each test.',
      'What do you do and what is most interesting about your role here at Goddard?',
      'As a PACE systems engineer, I really love seeing the spacecraft come together at the top level. It has been great working with the systems team and the rest of the PACE team as we enter our environmental test phase and see the final spacecraft take shape.',
      'Why did you want to work at Goddard?',
      'My first job was working on proposals for science spacecraft. While there, I met several Goddard scientists. I also met astronaut Sally Ride at an event at the Visitor Center. She truly inspired me to work at Goddard. She has always been a hero of mine because she showed that a woman could be at the top level of science, NASA, and space. It took me awhile to get here, through various jobs in the space industry including working on commercial communications satellites and science satellites for NOAA, the National Oceanic and Atmospheric Administration.',
      '“When I am finally sitting in the control room, watching all these screens, it is always a moment of excitement but also nervousness,” said Kate. “I am the one who says “Systems is ‘go’,” which starts the test.” Credit: NASA/Dennis Henry',
      'What is cool about spacecraft I&T?',
      'The spacecraft test program at Goddard is designed to get as close as possible to the environments of launch and space. Our goal is to really put the satellite through a full range of tests to ensure it survives the tough environment of the ride on the rocket and is still able to do all we need it to do in space.',
      'What goes through you head before you say “Systems is ‘go’” for a test?',
      'Our control room is near the test chambers, but we can’t see the testing directly. We use cameras to monitor the spacecraft. Before these tests, I am a little nervous. It takes years working on all the plans to get ready for the test.',
    );
    const question = article.paragraphs[8];
    expect(question?.text).toMatch(/^What goes through/);
    expect(question?.quotes).toEqual([]);
    expect(attribution(article, 'When I am finally sitting')).toMatchObject({ speaker: 'Kate A. McGinnis', cue: 'said Kate' });
  });

  test('two rhetorical questions answered in the first person make no interview', () => {
    expect(read(THORPE.slice(0, 9))).toEqual({ questions: [], answers: [] });
  });

  // Wikinews, "Gregory Kurtzer discusses plans for Rocky Linux with Wikinews …", 2020-12-18, CC BY 2.5 (development half):
  // a labelled transcript is read by sieves/transcript.ts, which gives each answer to its label.
  test('a transcript whose turns carry labels is no unlabelled interview', () => {
    expect(
      read([
        'Gregory Kurtzer discusses plans for Rocky Linux with Wikinews as Red Hat announces moving focus away from CentOS',
        '((WN)) How has CentOS evolved since it became a part of Red Hat?',
        "((Gregory Kurtzer)) Red Hat has invested a good deal of resources into the CentOS project itself and the community has benefited from additional developers, closer ties to Red Hat's internal development team and infrastructure (including Fedora), marketing, branding, conference presence, etc.",
        '((WN)) How will this move by Red Hat, to move focus towards Stream, affect those who relied on CentOS?',
        '((Gregory Kurtzer)) The focus towards Stream, while not exactly meeting the needs of enterprise use cases, wasn\'t the biggest problem, it was the unexpected change in the CentOS End Of Life (EOL) which moved from 2029 to 2021. But either one, much less both together, demonstrates that the Community Enterprise Operating System is not technically "community" or "enterprise". We have heard from many people now that this move has undermined not only trust in CentOS, but also other open source distributions of Linux which are commercially controlled. Who is to stop them from doing something very similar?',
        '((WN)) Tell us about Rocky Linux.',
        '((Gregory Kurtzer)) Rocky Linux is a Community Enterprise Linux distribution by the community and for the community. Our goal is to be bug-for-bug compatible with RHEL and provide a long life for enterprise needs.',
      ]),
    ).toEqual({ questions: [], answers: [] });
  });
});
