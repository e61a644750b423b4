import { describe, expect, it } from 'vitest';
import { adRule, removeAdRemnants } from '../../../src/extract/clean/ads.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

describe('ad slot labels and ids', () => {
  it('knows labels set off by dashes or brackets, in many languages and scripts', () => {
    for (const label of [
      '– Anzeige –',
      '— Advertisement —',
      '[Publicité]',
      '- Pubblicità -',
      '【广告】',
      '（広告）',
      '« Реклама »',
      'Advertentie',
      'Reclame',
      'REKLAMA',
      'Sponsored message',
      'Anzeige – Platz-ID 88213',
    ]) {
      expect(adRule(label), label).not.toBeNull();
    }
  });

  it('takes a slot whose label and id share one block, or whose labels repeat', () => {
    expect(adRule('– Anzeige – ca-pub-1234567890123456')).toBe('pattern:ad-id');
    expect(adRule('Advertisement · Scroll to continue')).toBe('phrase:advertisement');
    expect(adRule('Publicidad Publicidad')).toBe('phrase:publicidad');
    expect(adRule('div-gpt-ad-1718203345-2 · Anzeige')).toBe('pattern:ad-id');
    expect(adRule('Реклама. 18+')).toBe('phrase:реклама');
    expect(adRule('16+')).toBeNull();
  });

  it("takes a slot named by a word and numbered last, and the French slot's label", () => {
    expect(adRule('Sponsored Ad slot leaderboard · 7730')).toBe('phrase:sponsored');
    expect(adRule('Annonce Emplacement pub : banniere_bas')).toBe('phrase:annonce');
    expect(adRule('広告 PR枠: kmn_rect_02')).toBe('pattern:ad-id');
    // A Latin label set against CJK text, two elements side by side.
    expect(adRule('PR広告ID: MN-7711')).toBe('pattern:ad-id');
    // Without an ad label first, a position and a year are no slot.
    expect(adRule('Position leader 2024')).toBeNull();
    expect(adRule('Sponsored slot leaderboard for the winter')).toBeNull();
  });

  it('keeps words that only start like a label, and labels inside a sentence', () => {
    expect(adRule('Werbungskosten')).toBeNull();
    expect(adRule('Anzeige erstattet')).toBeNull();
    expect(adRule('Advertisement for the new town hall')).toBeNull();
    expect(adRule('Pub quiz night')).toBeNull();
    expect(adRule('pub-quiz 2025')).toBeNull();
    expect(adRule('广告投放')).toBeNull();
    expect(adRule('– Hamburg –')).toBeNull();
    expect(adRule('—')).toBeNull();
  });

  it('removes a label-and-id block as category ad and keeps the article', () => {
    const ctx = context();
    const html = `${prose(1)}<div><small>– Reklama –</small><br><small>pub-4455667788990011</small></div>${prose(1, 2)}`;
    const kept = textOf(removeAdRemnants(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Reklama|pub-/);
    expect(kept).toContain('Article paragraph 2');
    expect(ctx.removals.items[0]).toMatchObject({ category: 'ad', rule: 'pattern:ad-id' });
  });
});

describe('ad slot ids printed after a label', () => {
  it("takes a slot's hyphenated name right after an id word, and no bare words", () => {
    expect(adRule('Publicidade ID: artigo-meio')).toBe('phrase:publicidade');
    expect(adRule('Publicidade artigo-meio')).toBeNull();
  });

  it('takes a label, a slot word and an id with a code', () => {
    expect(adRule('广告位ID：NLRB-PC-TOP-0931')).toBe('pattern:ad-id');
    expect(adRule('Ad slot ID: hp-top-3')).toBe('pattern:ad-id');
    expect(adRule('Anzeige ID 40112')).toBe('pattern:ad-id');
  });

  it('keeps a line that only mentions an ad and an id', () => {
    expect(adRule('Advertisement ID card required at the desk')).toBeNull();
    expect(adRule('广告位ID')).toBeNull();
  });

  it('takes an id line in words after the label, and the traditional Chinese id word', () => {
    expect(adRule('Reklama · ID reklamy: 55102')).toBe('pattern:ad-id');
    expect(adRule('廣告編號：HN-ROS-2291')).toBe('pattern:ad-id');
    expect(adRule('ANZEIGE Kennung: hh-inread-7731')).toBe('pattern:ad-id');
    expect(adRule('Reklama w tekście: 3 zł za ID reklamy 5512 to za dużo powiedział')).toBeNull();
  });
});

describe('ad slot codes', () => {
  it('takes slot names with a standard ad size, Yandex block ids, and a code after the label', () => {
    expect(adRule('REKLAMA ad-gn-top-970x250')).toBe('pattern:ad-id');
    expect(adRule('— 广告 — xcgc-mid-300x250')).toBe('pattern:ad-id');
    expect(adRule('cdl_sport_top_728x90')).toBe('pattern:ad-id');
    expect(adRule('yandex_rtb_R-A-2291844-3')).toBe('pattern:ad-id');
    expect(adRule('Espacio publicitario 300x250 · ref. dm-mrec-ciencia-02')).toBe('pattern:ad-id');
    expect(adRule('PUBLICIDAD · Espacio patrocinado · ref. PA-7731')).toBe('pattern:ad-id');
    expect(adRule('広告ID: ca-pub-4419066281573390 / slot 7730021')).toBe('pattern:ad-id');
  });

  it('keeps sizes that are no ad unit and codes with no label before them', () => {
    expect(adRule('1920x1080')).toBeNull();
    expect(adRule('Screens: 1920x1080 and 300x250')).toBeNull();
    expect(adRule('dm-mrec-ciencia-02')).toBeNull();
    expect(adRule('Anzeige erstattet 2024')).toBeNull();
  });
});

describe("a slot's code on its own line, and ad registry tokens", () => {
  it("takes a code line right after the slot's label in the same box", () => {
    const ctx = context();
    const html = `${prose(1)}<div class="q8"><span>Реклама</span><div class="q8-id">Р-ID 7f3c-22a9-pyat</div></div>${prose(1, 2)}`;
    const kept = textOf(removeAdRemnants(blocksFrom(html), ctx));
    expect(kept).not.toMatch(/Реклама|7f3c/);
    expect(kept).toContain('Article paragraph 2');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(['phrase:реклама', 'pattern:ad-id']);
  });

  it("takes a slot's name with no figure right under the label in its box, not a crosshead after it", () => {
    const html = `${prose(1)}<div class="q8"><span>Advertentie</span><div>dvho_artikel_mid</div></div>${prose(1, 2)}`;
    expect(textOf(removeAdRemnants(blocksFrom(html), context()))).not.toContain('dvho_artikel_mid');
    const heading = `${prose(1)}<span>Anzeige</span><h2>Schiefer-Patenschaften</h2>${prose(1, 2)}`;
    expect(textOf(removeAdRemnants(blocksFrom(heading), context()))).toContain('Schiefer-Patenschaften');
  });

  it('takes an id or number word with a few words around it before the code', () => {
    for (const [label, code] of [
      ['Реклама', 'ID рекламного места: 4412'],
      ['PUBLICIDADE', 'anúncio n.º 55120'],
    ]) {
      const html = `${prose(1)}<div class="q8"><span>${label}</span><div>${code}</div></div>${prose(1, 2)}`;
      const kept = textOf(removeAdRemnants(blocksFrom(html), context()));
      expect(kept).not.toContain(code);
      expect(kept).toContain('Article paragraph 2');
    }
  });

  it("takes a code line in parts after the label: the slot's place, its id, its name", () => {
    for (const [label, code] of [
      ['Anzeige', 'Platz 2 · ID 30815'],
      ['Patrocinado', 'slot civ-mid-01 · id 20466'],
      ['PUBLICITÉ', 'ad-id : 22871 / echo_art_top'],
      ['ADV', 'Posizione: box-top-1 · ID 77104'],
      ['広告', 'ad-id 40032 · スポンサー枠'],
    ]) {
      const html = `${prose(1)}<div class="q8"><div>${label}</div><div>${code}</div></div>${prose(1, 2)}`;
      const kept = textOf(removeAdRemnants(blocksFrom(html), context()));
      expect(kept).not.toContain(code);
      expect(kept).toContain('Article paragraph 2');
    }
    // Words alone in parts are no code, nor is a place word with no number.
    for (const line of ['Kultur / Region', 'Platz der Republik · Mitte']) {
      const html = `${prose(1)}<div class="q8"><div>Anzeige</div><div>${line}</div></div>${prose(1, 2)}`;
      expect(textOf(removeAdRemnants(blocksFrom(html), context()))).toContain(line);
    }
  });

  it("takes a slot's name with an ad format and no digit, and a code with its id in brackets", () => {
    for (const [label, code] of [
      ['Advertentie', 'gg-top-leaderboard'],
      ['PUBLICIDADE', 'fda-dfp-meio-materia'],
      ['Publicidad', 'dds-robapaginas-1 (ID 50912)'],
    ]) {
      const html = `${prose(1)}<div class="q8"><div>${label}</div><div></div><div>${code}</div></div>${prose(1, 2)}`;
      const kept = textOf(removeAdRemnants(blocksFrom(html), context()));
      expect(kept).not.toContain(code);
      expect(kept).toContain('Article paragraph 2');
    }
    // An ad server's or slot's label before the name.
    for (const code of [
      'adunit: ecp-entrevistas-mid',
      'slot: cdv_box_mid_300x250',
      'gpt: fp_materia_meio_1',
    ]) {
      const labelled = `${prose(1)}<div class="q8"><div>Publicidad</div><div></div><div>${code}</div></div>${prose(1, 2)}`;
      expect(textOf(removeAdRemnants(blocksFrom(labelled), context()))).not.toContain(code);
    }
    // A name of words with no ad format is no slot's.
    const html = `${prose(1)}<div class="q8"><div>Anzeige</div><div>stadt-und-land</div></div>${prose(1, 2)}`;
    expect(textOf(removeAdRemnants(blocksFrom(html), context()))).toContain('stadt-und-land');
  });

  it("takes a label with the slot's numbered place, and the Polish 'Materiał reklamowy'", () => {
    expect(adRule('Annonce · emplacement 2')).toBe('phrase:annonce');
    expect(adRule('Materiał reklamowy')).toBe('phrase:materiał reklamowy');
    expect(adRule('Annonce · emplacement de la fête')).toBeNull();
  });

  it('takes a label with a named or sized slot, an Ad Manager unit path and a booking id', () => {
    for (const line of [
      'ANZEIGE · Werbeplatz MR-1 · Buchungs-ID 4471-b',
      'PUBLICITÉ · Emplacement Dfp_Pave_Haut · 300x600',
      'Оголошення · слот VR-inline-2 · 300x250',
    ])
      expect(adRule(line)).not.toBeNull();
    const html = `${prose(1)}<p>Reklama</p><p>adunit /2211/oko/art/mid · 300x250</p><p>Posizione: articolo-top-2 / 88410</p>${prose(1, 2)}`;
    const kept = textOf(removeAdRemnants(blocksFrom(html), context()));
    expect(kept).not.toMatch(/adunit|articolo-top-2/);
    // A place word with a story's words after it is none.
    expect(adRule('Anzeige · Werbeplatz am Markt')).toBeNull();
    // A code with letters after its digits is read whole ("ad-slot 4471-b"), not cut at its number.
    expect(adRule('ad-slot 4471-b')).not.toBeNull();
  });

  it("takes an ad's copy in a box that holds only the label and it", () => {
    const copy =
      'Fahrradladen Speiche & Kette, Lützner Straße 88: Frühjahrscheck für 39 Euro – jetzt Termin sichern.';
    const html = `${prose(1)}<div class="x7"><p>Anzeige</p><p>${copy}</p></div>${prose(1, 2)}`;
    const ctx = context();
    const kept = textOf(removeAdRemnants(blocksFrom(html), ctx));
    expect(kept).not.toContain('Speiche');
    expect(ctx.removals.items.map((r) => r.rule)).toEqual(['phrase:anzeige', 'box:ad-copy']);
    // A label over the story's own paragraphs in one container takes none of them.
    const story = `<div class="body"><p>Anzeige</p>${prose(2)}</div>`;
    expect(textOf(removeAdRemnants(blocksFrom(story), context()))).toContain('Article paragraph 1');
  });

  it('keeps a code-like line that follows no label, and a bare number after one', () => {
    const lone = `${prose(1)}<div><p>A7-2291</p></div>${prose(1, 2)}`;
    expect(textOf(removeAdRemnants(blocksFrom(lone), context()))).toContain('A7-2291');
    const number = `${prose(1)}<div><span>Advertisement</span><div>2025</div></div>${prose(1, 2)}`;
    expect(textOf(removeAdRemnants(blocksFrom(number), context()))).toContain('2025');
  });

  it('takes a line carrying an erid registry token, and keeps prose that only mentions erid', () => {
    expect(
      removeAdRemnants(
        blocksFrom('<p>Реклама. ООО «Ромашка», ИНН 7701234567. erid: 2VtzqxPe3Yb</p>'),
        context(),
      ),
    ).toEqual([]);
    const prose2 =
      '<p>The law requires an erid token on every online advert, the regulator said on Monday.</p>';
    expect(removeAdRemnants(blocksFrom(prose2), context())).toHaveLength(1);
  });
});

describe('a slot label with its "story continues" note', () => {
  it('takes the label and the note in one line, in several languages', () => {
    for (const line of [
      'Advert continues after this line',
      'Advertisement – article continues below',
      'Anzeige – Artikel wird unten fortgesetzt',
      'PR・記事はこの下に続きます',
      'Реклама — продолжение ниже',
    ]) {
      const ctx = context();
      expect(textOf(removeAdRemnants(blocksFrom(`<p>${line}</p>`), ctx)), line).toBe('');
    }
  });

  it('keeps sentences about advertising that go on', () => {
    for (const line of [
      'Advertisers continue to leave the platform.',
      'Advertising revenue continued to fall in the second quarter, the company said',
      'PR会社が続く',
    ]) {
      expect(textOf(removeAdRemnants(blocksFrom(`<p>${line}</p>`), context())), line).toBe(line);
    }
  });
});

describe('an ad label set right against its id', () => {
  it('is read as label and id though the markup left no space ("<span>Anzeige</span><small>ad-id: …")', () => {
    expect(adRule('Anzeigead-id: 29414')).toBe('pattern:ad-id');
    expect(adRule('Publicidadad-id: 29516')).toBe('pattern:ad-id');
    expect(adRule('PRad-id: 77602')).toBe('pattern:ad-id');
    expect(adRule('Reklamadiv-gpt-ad-1672831-0')).toBe('pattern:ad-id');
    expect(adRule('Рекламаgpt-ad-1697012-0')).toBe('pattern:ad-id');
    expect(adRule('Рекламаadfox_170936402871')).toBe('pattern:ad-id');
    expect(adRule('adfox_170936402871')).toBe('pattern:ad-id');
    expect(adRule('На правах рекламыadfox-slot-R-A-27418')).toBe('pattern:ad-id');
    expect(adRule('Pubblicitàadunit: gds_in_article_1')).toBe('pattern:ad-id');
    expect(adRule('Publicidadebanner-id 20931')).toBe('pattern:ad-id');
    // Where a code could start inside the label ("publicid|adid-"), the split that leaves a label wins.
    expect(adRule('Publicidadid-anuncio 12098')).not.toBeNull();
    expect(adRule('Pubblicitàslot-7731')).toBe('pattern:ad-id');
    expect(adRule('ReklamaSlot: nk_inarticle_2')).not.toBeNull();
    expect(adRule('Publicitéemplacement : ms_article')).not.toBeNull();
    expect(adRule('PublicidadPosición: home-top-2')).not.toBeNull();
    expect(adRule('Advertisementad-slot 4471-ros')).not.toBeNull();
    expect(adRule('Conteúdo patrocinadoad-id: 83006')).toBe('pattern:ad-id');
    // A word that only starts like a label stays.
    expect(adRule('Anzeigenidee 3')).toBeNull();
  });
});

describe('the note that the story continues after the ad', () => {
  it('goes with the ad named last ("Continúa después de la publicidad")', () => {
    for (const line of ['Continúa después de la publicidad', 'La suite après cette publicité']) {
      expect(textOf(removeAdRemnants(blocksFrom(`<p>${line}</p>`), context())), line).toBe('');
    }
    // A sentence of the story naming advertising stays.
    const story = 'The council continued the debate about outdoor advertising.';
    expect(textOf(removeAdRemnants(blocksFrom(`<p>${story}</p>`), context()))).toBe(story);
  });
});

describe("a slot's code on its own line after the label", () => {
  it('goes in its other shapes: key=value, a place word alone, adslot, a CJK number word', () => {
    for (const [label, code] of [
      ['Anzeige', 'banner_id=ce_sidebar_02'],
      ['Promoted', 'id=bl_promo_11'],
      ['Publicité', 'emplacement : rpm_article_milieu'],
      ['Реклама', 'adslot 22/lubny-top'],
      ['广告', '广告位编号 DX-2025-118'],
    ]) {
      const html = `<p>Story one.</p><div><span>${label}</span><div>${code}</div></div><p>Story two.</p>`;
      expect(textOf(removeAdRemnants(blocksFrom(html), context())), code).toBe('Story one.\n\nStory two.');
    }
    const words = '<p>Story one.</p><div><span>Anzeige</span><div>Kultur / Region 2</div></div>';
    expect(textOf(removeAdRemnants(blocksFrom(words), context()))).toContain('Kultur / Region 2');
  });
});

describe('sponsored material labels', () => {
  it('are ad labels in Russian and Ukrainian', () => {
    expect(adRule('Спонсорский материал')).not.toBeNull();
    expect(adRule('Спонсорський матеріал')).not.toBeNull();
    expect(adRule('Рекламный блок 240x400')).not.toBeNull();
  });
});
