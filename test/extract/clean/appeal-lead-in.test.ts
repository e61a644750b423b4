import { describe, expect, it } from 'vitest';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const HEADLINE = 'Council approves new bus lanes across the river bridge';

function clean(html: string, headline = HEADLINE) {
  const ctx = { ...context(), headline };
  const kept = removeDonationAppeals(blocksFrom(html), ctx);
  return { text: textOf(kept), ctx };
}

/** An appeal split into plain paragraphs, as a CMS drops it between article paragraphs. */
const APPEAL = `<p>Dear readers, we need your support. Please support us monthly from just £2.</p>
  <p>Every contribution keeps our reporting free for everyone. Donate now and join our members.</p>`;

describe('the line back to the story after an appeal', () => {
  it('goes with the appeal, whatever of the story it names, and a story line after it stays', () => {
    const { text } = clean(
      `${prose(2)}${APPEAL}<p>Right. Now back to the bridge.</p><p>The bridge will close for six weeks in March.</p>${prose(1, 3)}`,
    );
    expect(text).not.toContain('Now back to the bridge');
    expect(text).toContain('The bridge will close for six weeks in March.');
  });
});

describe('appeal lead-in lines', () => {
  it('removes a short lead-in about the newsroom just before an inside appeal, under its own rule', () => {
    const { text, ctx } = clean(`${prose(2)}<p>Local reporting like this is never cheap.</p>
      <p>A word from the newsroom</p>${APPEAL}${prose(2, 3)}`);
    expect(text).not.toMatch(/A word from|Dear readers/);
    expect(text).toContain('never cheap');
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
    expect(ctx.removals.items).toContainEqual(
      expect.objectContaining({ category: 'donation', rule: 'text-cues:donation-lead-in' }),
    );
  });

  it("removes a line that stops the reader before leaving, right before the end's appeal", () => {
    for (const line of ['Prima di chiudere questa pagina', 'Before you go', 'Avant de partir']) {
      const { text } = clean(`${prose(3)}<p>${line}</p>${APPEAL}`);
      expect(text, line).not.toContain(line);
      expect(text).toContain('Article paragraph 3:');
    }
    // With no appeal after it, the line is the story's.
    expect(clean(`${prose(3)}<p>Before you go</p>${prose(1, 4)}`).text).toContain('Before you go');
  });

  it('removes the title line of a box that holds nothing else but the appeal, whatever it says', () => {
    const box = (inside: string) =>
      `<div class="x">${prose(3)}</div><div class="x"><div><strong>Local news, no owners</strong></div>${inside}</div><div class="x">${prose(1, 4)}</div>`;
    const { text } = clean(box(APPEAL));
    expect(text).not.toMatch(/no owners|Dear readers/);
    expect(text).toContain('Article paragraph 4:');
    // The box goes on with the story after the appeal: its first line may be the story's crosshead.
    const more = clean(box(`${APPEAL}${prose(2, 5)}`));
    expect(more.text).toContain('Local news, no owners');
    // The line follows the story in the same box: it is no title of the appeal's box.
    const shared = clean(
      `<div class="x">${prose(3)}<div><strong>Local news, no owners</strong></div>${APPEAL}</div>`,
    );
    expect(shared.text).toContain('Local news, no owners');
  });

  it('removes stacked lead-ins, each passing the same tests, and stops at the article', () => {
    const { text } = clean(`${prose(2)}<p>Nota de la redacción</p><p>El buen periodismo no sale gratis.</p>
      ${APPEAL}${prose(1, 3)}`);
    expect(text).not.toMatch(/Nota de la redacción|buen periodismo/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('removes a heading-style lead-in in another language (German compound, Polish)', () => {
    const de = clean(`${prose(2)}<p><strong>Ein Wort aus der Lokalredaktion</strong></p>
      <p>Liebe Leserinnen und Leser, unterstützen Sie uns mit einem Beitrag ab 3 Euro im Monat.</p>
      <p>Jetzt unterstützen</p>${prose(2, 3)}`);
    expect(de.text).not.toMatch(/Lokalredaktion|unterstützen/);
    const pl = clean(`${prose(2)}<p>Słowo od redakcji.</p>
      <p>Drodzy Czytelnicy, wesprzyjcie nas darowizną. Każda wpłata, nawet 10 zł miesięcznie, ma znaczenie.</p>
      <p>Wspieram</p>${prose(2, 3)}`);
    expect(pl.text).not.toMatch(/Słowo od redakcji|Drodzy/);
    expect(pl.text).toContain('Article paragraph 4:');
  });

  it('removes a closing sentence after the run, but keeps a crosshead there', () => {
    const closing = clean(
      `${prose(2)}${APPEAL}<p>Good newspapers are made with their readers.</p>${prose(2, 3)}`,
    );
    expect(closing.text).not.toContain('Good newspapers');
    // Heading form after the run: the crosshead of the article's next section.
    const crosshead = clean(`${prose(2)}${APPEAL}<h2>What the newspaper's readers said</h2>${prose(2, 3)}`);
    expect(crosshead.text).toContain("What the newspaper's readers said");
  });

  it('keeps an article’s short last line about its reporting, right before an appeal', () => {
    const { text } = clean(
      `${prose(3)}<p>The transport ministry did not respond to the newspaper’s questions.</p>${APPEAL}`,
    );
    expect(text).toContain('did not respond');
    expect(text).not.toContain('Dear readers');
  });

  it('keeps a crosshead that shares a headline word, even next to the run', () => {
    const { text } = clean(`${prose(2)}<h2>Newspaper readers on the bridge</h2>${APPEAL}${prose(2, 3)}`);
    expect(text).toContain('Newspaper readers on the bridge');
    expect(text).not.toContain('Dear readers');
  });

  it('keeps a short line that speaks of the article’s own subject (shared words with its paragraphs)', () => {
    const body = `<p>The regional newspaper closed its printing plant last year, and its journalists now work from home.</p>
      <p>Union leaders said the newspaper had cut eleven journalists since the spring.</p>`;
    const { text } = clean(`${body}<p>More journalists may leave the newspaper.</p>${APPEAL}${prose(1)}`);
    expect(text).toContain('More journalists may leave the newspaper.');
  });

  it('keeps a crosshead before the next article paragraph, away from the run', () => {
    const { text } = clean(
      `${prose(2)}${APPEAL}${prose(1, 3)}<p><strong>A newsroom under pressure</strong></p>${prose(1, 4)}`,
    );
    expect(text).toContain('A newsroom under pressure');
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it('removes nothing from an article about a newspaper’s fundraiser (no appeal of its own)', () => {
    const html = `<p>Local journalism gets a lifeline.</p>
      <p>The Valley Gazette said on Monday that readers had given £40,000 in a month, enough to keep two reporters.</p>
      <p>Its editor said the paper would publish the donors’ names with their consent.</p>`;
    const { text, ctx } = clean(html, 'Readers save the Valley Gazette with £40,000 in donations');
    expect(text.split('\n\n')).toHaveLength(3);
    expect(ctx.removals.items).toHaveLength(0);
  });
});

describe("readers' testimonials inside an appeal", () => {
  const ask = '<p>Dear readers, we need your support. Please support us monthly from just £2.</p>';
  const more =
    '<p>Every contribution keeps our reporting free for everyone. Donate now and join our members.</p>';
  const voices =
    '<p>“I chip in eight dollars a month because the Clarion was the only one at the zoning hearing.”</p><p>— Denise Rourke, Orchard Heights</p><blockquote><p>Twelve dollars is one lunch. The transit coverage alone saved me more.</p></blockquote><p>Tom Akers, Millbrook</p>';

  it('go with the appeal around them, quotes and the names under them', () => {
    const { text } = clean(`${prose(2)}${ask}${voices}${more}${prose(2, 3)}`);
    expect(text).not.toMatch(
      /eight dollars|Denise Rourke|Twelve dollars|Tom Akers|Dear readers|Every contribution/,
    );
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Article paragraph ${i}:`);
  });

  it("leave a story's quote that says who spoke, and quotes with no appeal beyond them", () => {
    const story = '<p>“We will not sell the building,” said the chair of the housing association.</p>';
    const between = clean(`${prose(2)}${ask}${story}${more}${prose(2, 3)}`).text;
    expect(between).toContain('said the chair');
    const after = clean(`${prose(2)}${ask}${more}${voices}${prose(2, 3)}`).text;
    expect(after).toContain('eight dollars');
  });
});

describe("a removed appeal's title in a container beside its text", () => {
  it('goes with the text when the two share a card and nothing else is in it', async () => {
    const { appealLeadIns } = await import('../../../src/extract/clean/lead-in.js');
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const blocks = blocksFrom(
      `<div class="x">${prose(2)}</div><div class="card"><div class="t">Such investigations cannot be done at home</div><div class="d">Three of our journalists were named foreign agents. Support us from abroad.</div></div>`,
    );
    const texts = blocks.map((b) => textOf([b]));
    const cues = blocks.map((b) => appealCues(b));
    const groups = blocks.map((b) => b.group);
    expect(appealLeadIns(texts, cues, new Set([3]), new Set(), groups)).toEqual([2]);
    // Without the card's text removed, its title stays.
    expect(appealLeadIns(texts, cues, new Set([1]), new Set(), groups)).toEqual([]);
  });
});

describe("an editor's confession opening an appeal", () => {
  it('is a turn to the reader in several languages, and a story sentence is not', async () => {
    const { opensWithInterjection } = await import('../../../src/extract/clean/lead-in.js');
    for (const text of [
      'Una confesión de la mesa de edición: somos una agencia pequeña que compite con gigantes.',
      'Piccola confessione prima di andare avanti: questo pezzo ci è costato tre settimane.',
      'Quick confession from the editor: this story took 14 months.',
    ]) {
      expect(opensWithInterjection(text), text).toBe(true);
    }
    expect(opensWithInterjection('The confession of the former mayor was read out in court on Monday.')).toBe(
      false,
    );
  });
});

describe('a line opening with a turn to the reader as its own sentence', () => {
  const story = (n: number) =>
    `<p>Paragrafo ${n}: il consorzio ha vinto l'appalto delle pulizie in sessantatré scuole della provincia con un ribasso del quarantuno per cento sul prezzo a base d'asta.</p>`;
  const appeal = `<p>Questa inchiesta ci ha richiesto cinque mesi e un ricorso al Tar. Il Setaccio non ospita pubblicità: esiste perché 1.140 persone versano ogni mese una quota.</p>
    <p>Se pensi che storie così debbano continuare a uscire, unisciti a loro con 3 euro al mese.</p>`;
  const headline = 'Pulizie nelle scuole, il ribasso che nessuno ha controllato';

  it('leads into the appeal under it though it holds two turns ("Una piccola parentesi, prima di andare avanti.")', () => {
    const { text } = clean(
      `${story(1)}${story(2)}<p>Una piccola parentesi, prima di andare avanti.</p>${appeal}${story(3)}${story(4)}`,
      headline,
    );
    expect(text).not.toMatch(/piccola parentesi|unisciti a loro/);
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Paragrafo ${i}:`);
  });

  it('is a lead-in of the run under it, by the lead-in rule itself', async () => {
    const { appealLeadIns } = await import('../../../src/extract/clean/lead-in.js');
    const { appealCues } = await import('../../../src/extract/clean/appeal-cues.js');
    const { blockText } = await import('../../../src/extract/clean/block-text.js');
    const blocks = blocksFrom(
      `${story(1)}<p>Una piccola parentesi, prima di andare avanti.</p>${appeal}${story(2)}`,
    );
    const found = appealLeadIns(
      blocks.map(blockText),
      blocks.map((b) => appealCues(b)),
      new Set([2, 3]),
      new Set(),
    );
    expect(found).toEqual([1]);
  });

  it('leads into a making-of note that opens the appeal, above the ask', () => {
    const note =
      '<p>Questa inchiesta ci ha richiesto cinque mesi, quattro richieste di accesso agli atti e un ricorso al Tar per ottenere i verbali di gara. Il Setaccio non ospita pubblicità e non ha un editore: esiste perché 1.140 persone versano ogni mese una quota, anche piccola.</p>';
    const ask =
      '<p>Se pensi che storie così debbano continuare a uscire, unisciti a loro con 3 euro al mese. Poi riprendi pure a leggere.</p>';
    const ctx = { ...context(), headline, outlets: ['Il Setaccio'] };
    const kept = removeDonationAppeals(
      blocksFrom(
        `${story(1)}${story(2)}<p>Una piccola parentesi, prima di andare avanti.</p>${note}${ask}${story(3)}`,
      ),
      ctx,
    );
    const text = textOf(kept);
    expect(text).not.toMatch(/piccola parentesi|cinque mesi|unisciti a loro/);
    for (let i = 1; i <= 3; i++) expect(text).toContain(`Paragrafo ${i}:`);
  });

  it('stays when nothing was removed after it', () => {
    const { text } = clean(
      `${story(1)}${story(2)}<p>Una piccola parentesi, prima di andare avanti.</p>${story(3)}`,
      headline,
    );
    expect(text).toContain('Una piccola parentesi');
  });
});
