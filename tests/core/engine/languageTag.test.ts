import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG } from '../../../src/core/engine/languageTag';

const whole = new RegExp(`^${LANGUAGE_TAG}$`);

describe('link language tags', () => {
  it.each(['[es]', '[zh]', '[es/ca]', '[es-MX]', '[pt-BR]', '[zh-TW]'])('reads %s as a tag', (tag) => {
    expect(whole.test(tag)).toBe(true);
  });

  it.each(['[Reuters]', '[1]', '[ES]', '[a]'])('does not read %s as a tag', (text) => {
    expect(whole.test(text)).toBe(false);
  });
});
