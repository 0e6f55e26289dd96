import { expect, test } from 'vitest';
import { analyze, attribution } from '../attribution/helpers';

// capitalisedNouns.ts: common nouns written with a capital, which name no one.

// Wikinews, "Ancient Egyptians collected wild ibis birds for sacrifice, says study" (2019-11-16, CC BY 2.5), development half.
test('"DNA" is no body a later "they" stands for: the researchers\' reasoning is not given to it', () => {
  const article = analyze(
    'Ancient Egyptians collected wild ibis birds for sacrifice, says study',
    'They were able to extract complete mitochondrial DNA sequences from fourteen. These they compared to those of 26 modern ibises from different parts of Africa. They found the DNA sequences from the ancient birds to be relatively diverse. If the birds had been domesticated or even heavily farmed, they reasoned, the Egyptian specimens would have shown only a little genetic diversity.',
  );
  expect(article.entities.some((e) => e.name === 'DNA')).toBe(false);
  expect(attribution(article, 'the Egyptian specimens would have shown').speaker).not.toBe('DNA');
});
