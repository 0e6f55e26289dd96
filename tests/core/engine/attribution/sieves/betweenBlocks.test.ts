import { expect, test } from 'vitest';
import { isCaption } from '../../../../../src/core/engine/attribution/sieves/betweenBlocks';

test('a picture word in prose makes no caption, while a caption keeps its shapes (gv-nigeria-rashidi-yekini-obituary, gv-singapore-code-of-conduct)', () => {
  expect(
    isCaption(
      'Accounts from neighbours and associates paint a picture of a man who struggled with serious mental and delusional disorder after losing life savings to a bungled investment.',
    ),
  ).toBe(false);
  expect(isCaption("Rashidi Yekini - Nigeria's soccer legend. Photo source goal.com.")).toBe(true);
  expect(isCaption('No to Internet Code of Conduct image')).toBe(true);
  expect(
    isCaption('Russian politician, Yuri Chaika, 8 December 2009, photo by Russian Presidential Press and Information Office, CC BY-SA 3.0; Wikimedia Commons.'),
  ).toBe(true);
});
