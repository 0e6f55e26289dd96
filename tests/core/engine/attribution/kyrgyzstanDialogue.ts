// gv-kyrgyzstan-blogger-fourth-branch-government-2012-05-15 (development half, Global Voices, CC BY 3.0): a scene told
// in the writer's voice, then a transcribed dialogue, one turn a paragraph, each opened by its speaker's label.

export const KYRGYZSTAN = 'Kyrgyzstan: Can a Blogger be the Fourth Branch of Government?';
export const INTRO =
  "Ilya Karimdjanov is a pest. Armed with a camera, a question and the most popular blog on Kyrgyzstan's most popular blogging platform, Kloop.kg, he is a one-man citizen media machine, the nemesis of rule-breaking cops, corrupt university teachers and the Kyrgyz monetary system.";
export const SCENE =
  'Commissar Karimdjanov, as he has been referred to in the past, has made a habit of exposing these routine violations of law and protocol both on his blog and on the main news portal at Kloop.kg, where he works as a journalist. A recent example saw him "police" a female police officer who appeared to be drinking while in uniform at lunch time:';
export const DIALOGUE = [
  'Karimdjanov: Look, she is drinking beer. Shall we go?',
  'Colleague: Sure',
  'Karimdjanov [to policewoman]: I hope you are not against us making a video. Why are you drinking beer in uniform? It is interesting for us, why is a police official drinking beer?',
  'Policewoman: I have a praznik [celebratory day]',
  'Karimdjanov: But you are on duty...',
];
