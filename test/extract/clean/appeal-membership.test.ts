import { describe, expect, it } from 'vitest';
import { appealCues, cuePage } from '../../../src/extract/clean/appeal-cues.js';
import { removeDonationAppeals } from '../../../src/extract/clean/donation.js';
import { blocksFrom, context, prose, textOf } from '../helpers.js';

const clean = (html: string): string => textOf(removeDonationAppeals(blocksFrom(html), context()));

describe('plain-text support addresses', () => {
  it('counts a join label with a bare address as a control that asks', () => {
    const [join, pathOnly, other, price] = blocksFrom(
      '<p>Become a member: valleycourier.example/members</p><p>More: valleycourier.example/support</p><p>Timetable: buses.example/route-7</p><p>Tomatoes now cost 4.65/kg at the market.</p>',
    );
    expect(appealCues(join!)).toMatchObject({ control: true, ask: 1, link: false });
    expect(appealCues(pathOnly!)).toMatchObject({ control: true, ask: 0 });
    expect(appealCues(other!).control).toBe(false);
    expect(appealCues(price!).control).toBe(false);
  });

  it("reads a friends-of or sponsor page's path, and never counts the address's host as the story's topic", () => {
    const [friends, sponsor] = blocksFrom(
      '<p>Mitmachen: rundschau-vogelsberg.example/freundeskreis</p><p>Стать спонсором: volzhskaya.example/sponsor</p>',
    );
    const page = cuePage([], 'Kita-Gebühren im Vogelsberg steigen um ein Drittel');
    expect(appealCues(friends!, page)).toMatchObject({ control: true, topical: false });
    expect(appealCues(sponsor!)).toMatchObject({ control: true });
  });

  it('ignores an address line whose label is a sentence', () => {
    const [line] = blocksFrom(
      '<p>The full list of stops and the new timetable can be found at buses.example/route-7</p>',
    );
    expect(appealCues(line!).control).toBe(false);
  });
});

describe('a membership appeal set in the article’s own paragraphs', () => {
  it('removes opener, body, call to join and address, split around article paragraphs', () => {
    const html = `${prose(2)}<p>One more thing.</p><p>Before you keep reading: stories like this take our two reporters a week, and we have no advertisers to pay for it.</p>${prose(2, 3)}<p>If you think that is worth it, become a friend of the Courier for the price of a sandwich a month.</p><p>Join: valleycourier.example/friends</p>${prose(2, 5)}`;
    const kept = clean(html);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toContain('One more thing');
    expect(kept).not.toContain('no advertisers');
    expect(kept).not.toContain('price of a sandwich');
    expect(kept).not.toContain('valleycourier.example');
  });

  it('removes a Spanish appeal worded as joining a community', () => {
    const html = `${prose(3)}<p>Un momento, antes de seguir leyendo.</p><p>Esta crónica la pagaron nuestros lectores: no tenemos anunciantes ni dueños.</p>${prose(2, 4)}<p>Si quieres que sigamos contando lo que pasa en el barrio, únete a nuestra comunidad con 3 euros al mes.</p><p>Únete en gacetadelbarrio.example/comunidad</p>${prose(1, 6)}`;
    const kept = clean(html);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(kept).toContain(`Article paragraph ${n}`);
    expect(kept).not.toContain('antes de seguir leyendo');
    expect(kept).not.toContain('nuestros lectores');
    expect(kept).not.toContain('únete a nuestra comunidad');
    expect(kept).not.toContain('gacetadelbarrio.example');
  });

  it('keeps a reader tip in the outlet’s voice near an appeal when no opener line heads it', () => {
    const tip =
      '<p>Several of our readers wrote to us after the storm; stories like this often start with their photos of the flooded underpass.</p>';
    const appeal =
      '<p>Please support our journalism: your donation keeps us independent, from £3 a month.</p><p><a href="/support">Support us</a></p>';
    const kept = clean(`${prose(3)}${tip}${prose(1, 4)}${appeal}${prose(1, 5)}`);
    expect(kept).toContain('Several of our readers');
    expect(kept).not.toContain('Please support');
  });
});

describe('a story about a club’s membership drive', () => {
  it('keeps the club’s quoted call, its address and the reporting around them', () => {
    const html = `${prose(2)}<p>“Come and try a boat, and join us if you like it,” said the captain. “Every new member keeps the doors open.”</p><p>Join the club: rowingclub.example/join</p><p>The club has 90 members and needs 150 by March to cover the new rent.</p><p>Et vous, que pensez-vous de la réforme ?</p><p>Adhérer : parents-jules-ferry.example/adherer</p>${prose(2, 3)}`;
    const kept = clean(html);
    expect(kept).toContain('join us if you like it');
    expect(kept).toContain('Join the club: rowingclub.example/join');
    expect(kept).toContain('needs 150 by March');
    expect(kept).toContain('Et vous, que pensez-vous');
    expect(kept).toContain('Adhérer : parents-jules-ferry.example/adherer');
  });
});

describe('pledge counters towards a goal', () => {
  it('removes a counter line of supporters towards a goal, in German and Chinese', () => {
    const html = `${prose(2)}<p>Noch 120 Mitglieder bis zum Jahresziel</p><p>本周已有860位支持者加入，目标1,000位</p>${prose(1, 3)}`;
    const kept = clean(html);
    expect(kept).not.toContain('Jahresziel');
    expect(kept).not.toContain('目标');
    expect(kept).toContain('Article paragraph 3');
  });

  it('reads subscribers as supporters, a declined goal word, and the noun before the count', () => {
    const html = `${prose(2)}<p>4 318 abonnés soutiens — objectif 5 000 au 31 décembre</p>
      <p>73% naszego celu: 1 460 z 2 000 Przyjaciół Kuriera</p><p>今月の応援会員：812人／目標1,000人</p>${prose(1, 3)}`;
    const kept = clean(html);
    expect(kept).not.toMatch(/objectif|celu|目標/);
    expect(kept).toContain('Article paragraph 3');
  });

  it('keeps a sentence about a club’s members and its goal', () => {
    const html = `${prose(2)}<p>The club now has 120 members and a goal of 200.</p>${prose(1, 3)}`;
    expect(clean(html)).toContain('a goal of 200');
  });
});

describe('the outlet speaking of its readers before its button', () => {
  it('removes an appeal line naming readers before a support link, with no pronoun to go by', () => {
    const html = `${prose(3)}<p>Ce journal aussi a besoin de ses lecteurs pour continuer.</p><p><a href="/soutenir">Soutenir le journal</a></p>`;
    const kept = clean(html);
    expect(kept).toContain('Article paragraph 3');
    expect(kept).not.toContain('besoin de ses lecteurs');
  });

  it('keeps a charity’s need before its donation link', () => {
    const html = `${prose(3)}<p>L’association a besoin de bénévoles et de dons pour finir l’année.</p><p><a href="https://restos.example/don">Faire un don à l’association</a></p>`;
    expect(clean(html)).toContain('besoin de bénévoles');
  });
});

describe('coffee asks, gift subscriptions and supporters’ schemes', () => {
  it('counts coffee for us or the newsroom as an ask, in any wording; a story’s café is not', () => {
    const page = cuePage([], 'Tram depot to move out of the city centre');
    const [ru, zh, pt, story] = blocksFrom(
      '<p>Угостить редакцию кофе</p><p>请我们喝杯咖啡</p><p>Pague um cafezinho para a redação</p><p>The café on Station Road will close in March, its owner said.</p>',
    );
    for (const b of [ru, zh, pt]) expect(appealCues(b!, page).ask).toBeGreaterThan(0);
    expect(appealCues(story!, page).ask).toBe(0);
  });

  it('asks with a gift subscription in several languages', () => {
    const [es, fr, en] = blocksFrom(
      '<p>Regala una suscripción solidaria estas Navidades.</p><p>Noël approche : offrez un abonnement de soutien à un proche.</p><p>Give a share as a gift</p>',
    );
    for (const b of [es, fr, en]) expect(appealCues(b!).ask).toBeGreaterThan(0);
  });

  it('takes a scheme’s name only beside an appeal, never on its own', () => {
    const appeal = `${prose(3)}<p>Amigos do Eco</p><p>Se gostou desta notícia, apoie-nos: o jornalismo independente custa dinheiro. Torne-se membro por 3 euros por mês.</p><p>Quero ser membro</p>`;
    expect(clean(appeal)).not.toMatch(/Amigos do Eco|Quero ser membro/);
    // With its article, in French, and a lone frequency button after the appeal.
    const fr = `${prose(2)}<p>Les Amis de L'Écho</p><p>Rejoignez les 3 200 Amis qui paient pour que ces articles restent gratuits : soutenez-nous dès 5 euros par mois.</p><p>Mensuel</p>${prose(1, 3)}`;
    expect(clean(fr)).not.toMatch(/Les Amis|Mensuel/);
    // A blog's section heading thanking contributors, with no appeal anywhere, stays.
    const blog = `${prose(2)}<h3>Friends of the Firefox team</h3><p>Thanks to the volunteers who fixed twelve bugs this month.</p>`;
    expect(clean(blog)).toContain('Friends of the Firefox team');
  });
});

describe('the outlet speaking of its journalism', () => {
  it('counts "our journalism" as an appeal word and joining its readers as an ask', () => {
    const [es, fr, en] = blocksFrom(
      '<p>Nuestro periodismo tiene un precio, pero eres tú quien decide cuál.</p><p>Rejoignez les 3 200 Amis qui paient pour que ces articles restent gratuits.</p><p>Join the circle of 4,000 readers who keep this paper going.</p>',
    );
    expect(appealCues(es!).appeal).toBeGreaterThan(0);
    expect(appealCues(fr!).ask).toBeGreaterThan(0);
    expect(appealCues(en!).ask).toBeGreaterThan(0);
  });
});

describe('readers paying for the outlet, in more words', () => {
  it('reads ru, uk, pl, nl and en wordings as appeal cues', () => {
    const blocks = blocksFrom(
      '<p>Курьер работает на деньги читателей</p><p>«Сіверський край онлайн» теж тримається на підтримці читачів.</p><p>Utrzymują nas członkowie Klubu Przyjaciół Gazety.</p><p>De Stentor is lezersgefinancierd.</p><p>If you have been reading for free, this is the moment.</p>',
    );
    for (const b of blocks) expect(appealCues(b).appeal).toBeGreaterThan(0);
  });
});
