import { isUserHandle } from '../../../../src/core/engine/sources/userHandle';

// sources/userHandle.ts: a platform's user name makes a citizen; an organisation's account in capitals does not.

test.each(['@vankaay', '@毛聊', '@天恩0120', 'i_l_d', 'sinn-fein-front', 'major181226'])('"%s" is a user handle', (name) => {
  expect(isUserHandle(name)).toBe(true);
});

test.each(['@WHO', '@NASA', 'Gregory D. Johnsen', 'Salmón'])('"%s" is no user handle', (name) => {
  expect(isUserHandle(name)).toBe(false);
});
