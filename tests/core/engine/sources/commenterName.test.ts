import { analyze } from '../attribution/helpers';

// sources/commenterName.ts: a name taken for a body that the text introduces as a commenter or a user signing their
// words is a citizen. Sentences from the dev half (Global Voices, Zambia and South Korea, May 2012).

/** The entity type, source type and evidence of `name` in an article of `paragraphs`. */
function typeOf(name: string, ...paragraphs: Array<string>): Array<string | undefined> {
  const entity = analyze('Headline', ...paragraphs).entities.find((e) => e.name === name);
  return [entity?.type, entity?.sourceType, entity?.sourceEvidence?.text];
}

const solicitor = [
  'Ms Justice Chisanga won kudos for her courage. Commenting on a related post on Zambian Watchdog, Solicitor wrote:',
  'What a galant lady this Chisanga is she. Fearless and sticks to then law without looking at who is involved.',
];

test('a commenter on a site, introduced by the commenting clause (gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21)', () => {
  const [, type, evidence] = typeOf('Solicitor', ...solicitor);
  expect([type, evidence]).toEqual(['citizen', 'Commenting on a related post on Zambian Watchdog, Solicitor']);
});

test('a reader signing their words (gv-zambia-netizens-question-judges-suspensions-2012-05-10)', () => {
  const [, type, evidence] = typeOf(
    'It’s a worry',
    'A reader signing himself as It’s a worry, wrote:',
    'This whole case stinks of irregularities and the crafty dealings of people like Nchito within the legal fraternity.',
  );
  expect([type, evidence]).toEqual(['citizen', 'signing himself as It’s a worry']);
});

test('a forum user named by their ID (gv-south-korea-podcasters-questioned-police-2012-05-21)', () => {
  const [, type, evidence] = typeOf(
    'Doctor K',
    'However, there were some divided responses online. Some net users from Daum Agora [ko], the nation\'s biggest public forum, criticized the hosts of the show for "creating public commotions". Net user ID:Doctor K  wrote [ko]:',
    '아무리 나꼼수가 처음엔 스스로 마이너적인 해적방송을 지향했다고 해도 지금 나꼼수는 그들이 비판하던 권력 그 자체가 되었고 스스로 그 권력을 즐기고 있다고 해도 과언이 아니다.',
  );
  expect([type, evidence]).toEqual(['citizen', 'user ID:Doctor K']);
});

test('a body that comments, then says, stays an organisation', () => {
  const [entityType, type] = typeOf(
    'Amnesty International',
    'Commenting on the ruling, Amnesty International said: "This is a dark day for justice in Zambia."',
  );
  expect([entityType, type]).toEqual(['organization', 'organisation']);
});
