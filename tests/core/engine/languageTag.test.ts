import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG } from '../../../src/core/engine/languageTag';

const whole = new RegExp(`^${LANGUAGE_TAG}$`);

describe('link language tags', () => {
  it.each(['[es]', '[zh]', '[es/ca]', '[es-MX]', '[pt-BR]', '[zh-TW]'])('reads %s as a tag', (tag) => {
    expect(whole.test(tag)).toBe(true);
  });

  // Global Voices' posts of 2009 capitalise the code: "Blogging on Elmafjoue [Ar], he says:", "Gaboneco [Fr]".
  it.each(['[Ar]', '[Fr]', '[Pt]'])('reads the capitalised %s of the 2009 posts as a tag', (tag) => {
    expect(whole.test(tag)).toBe(true);
  });

  // An editor's capitalised word in brackets opens a quote's sentence: "[We] are not giving up", "[In] the past".
  it.each(['[Reuters]', '[1]', '[ES]', '[a]', '[We]', '[In]', '[He]', '[It]'])('does not read %s as a tag', (text) => {
    expect(whole.test(text)).toBe(false);
  });
});
