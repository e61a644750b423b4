import { describe, expect, it } from 'vitest';
import { detectLanguage, toBcp47 } from '../../../src/extract/metadata/language.js';
import { metadataOf, page } from './helpers.js';

describe('language', () => {
  it('normalises declared tags to BCP 47 casing', () => {
    expect(toBcp47('en_us')).toBe('en-US');
    expect(toBcp47('DE')).toBe('de');
    expect(toBcp47('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(toBcp47('not a tag!')).toBeNull();
    expect(toBcp47('')).toBeNull();
  });

  it('reads <html lang>, then content-language, then og:locale', () => {
    expect(metadataOf(page('', '', 'pt-br')).language).toBe('pt-BR');
    expect(metadataOf(page('<meta http-equiv="content-language" content="fr">')).language).toBe('fr');
    expect(metadataOf(page('<meta property="og:locale" content="es_ES">')).language).toBe('es-ES');
    expect(metadataOf(page('<title>x</title>')).language).toBeNull();
  });

  it('detects the language of long enough text', () => {
    const german =
      'Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen, das die Förderung von Wärmepumpen ' +
      'deutlich ausweiten soll. Nach Angaben des Ministeriums sollen Hausbesitzer künftig einen höheren ' +
      'Zuschuss erhalten, wenn sie ihre alte Heizung ersetzen und dabei auf erneuerbare Energien setzen.';
    const english =
      'The city council voted on Tuesday to expand the bus network, adding three new routes that will connect ' +
      'the northern suburbs with the hospital and the university. Officials said the service would start in ' +
      'the spring and that fares would stay the same for at least another year.';
    expect(detectLanguage(german)).toBe('de');
    expect(detectLanguage(english)).toBe('en');
  });

  it('says nothing for short text', () => {
    expect(detectLanguage('Hallo Welt')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('language detection confidence', () => {
  it('detects Russian despite close Cyrillic neighbours', () => {
    const russian =
      'Строительство нового моста через реку вышло на завершающий этап. Рабочие закончили укладку ' +
      'последнего пролёта и приступили к устройству дорожного покрытия. Движение по мосту планируется ' +
      'открыть в конце июня, после испытаний конструкции под нагрузкой.';
    expect(detectLanguage(russian)).toBe('ru');
  });

  it('says nothing for lorem ipsum, which looks like several languages at once', () => {
    const lorem =
      'Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut ' +
      'labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores ' +
      'et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit amet.';
    expect(detectLanguage(lorem)).toBeNull();
  });
});
