import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// announcedQuotation.ts: "X explained why …:" announces the quotation after the colon; the why-clause is no quote.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('an indirect question announcing a quotation', () => {
  // Global Voices, "Brazil: Blog Countersues Newspaper Over Web Domain", 2012-05-07 (development half).
  test('"He explained why he was doing so:" is no reported speech; the block after it is his quote', () => {
    const found = texts(
      'Brazil: Blog Countersues Newspaper Over Web Domain',
      'Falha de São Paulo is now seeking the unfreezing of its domain, falhadespaulo.com.br, which had been frozen by the court, through a second injunction against Registro.br (the Brazilian agency that manages all domains ending in. br). Journalist Lino Bocchini, the creator of Falha,  announced in late March 2012, that  he was going to go ahead with a new lawsuit. He explained why he was doing so:',
      'Terminou com uma espécie de empate a disputa jurídica em primeira instância entre Folha e Falha, e agora está começando a segunda. Já protocolamos nosso recurso  junto ao Tribunal de Justiça (TJ-SP) pedindo a derrubada da censura da Folha à Falha e a volta do domínio www.falhadespaulo.com.br. A sentença do juiz da 29ª Vara Cível de São Paulo informa que o juiz acolheu “parcialmente” o pedido da Folha, determinando o “congelamento” do domínio “falhadespaulo.com.br”, mas rejeitou todo o resto.',
    );
    expect(found).not.toContain('why he was doing so');
    expect(found.some((t) => t.startsWith('Terminou com uma espécie de empate'))).toBe(true);
  });

  // Global Voices, "Zimbabwe: TB Joshua's Visit Stirs Hornet's Nest", 2012-05, CC BY 3.0 (not in the corpus).
  test('"Misheck Makora explains why Zimbabwean pastors are against his visit:" is no reported speech', () => {
    const found = texts(
      "Zimbabwe: TB Joshua's Visit Stirs Hornet's Nest",
      'Misheck Makora explains why Zimbabwean pastors are against his visit:',
      'he is a threat to their shacky denominations I gess. warikukwata kuti church yose inoenda ikoko.manje zvaari kuda kutotanga church muZim wachaita sei? [the pastors and bishops are angry that the whole church is going there. But then since he (TB Joshua) wants to start a church in Zimbabwe what are they going to do?].',
    );
    expect(found).not.toContain('why Zimbabwean pastors are against his visit');
  });
});
