import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// orgHeads.ts: a name ending in an organisation's head word is an organisation.

const typeOf = (name: string, ...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type ?? null;

// wikinews-australia-will-not-export-uranium-to-india-2006-03-03 (development half), as published: a government named for
// the prime minister who led it is no person, though "Fraser" is also a given name.
test('"the time of the Fraser Government" names a government, an organisation', () => {
  const text =
    '"Well our policy has developed over many years, going right back to the time of the Fraser Government actually, our policy has been that we would only export uranium to countries that are signatories to the Nuclear Non-Proliferation Treaty," Mr. Downer said in an interview on today\'s AM radio programme.';
  expect(typeOf('Fraser Government', text)).toBe('organization');
});
