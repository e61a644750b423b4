import { describe, expect, it } from 'vitest';
import { creditRule } from '../../../src/extract/clean/credits.js';

describe('image-service credits', () => {
  it('recognises a service name with what it did, in many languages', () => {
    for (const line of [
      'Images compressées par Imagify',
      'Zdjęcia zoptymalizowane przez Optimole',
      'Afbeeldingen geoptimaliseerd door TinyPNG',
      '画像はShortPixelで最適化されています',
      'Bilder komprimiert mit Smush',
      'Изображения оптимизированы с помощью EWWW',
      'Images delivered by Cloudinary',
      '图片由imgix加速',
      'Imágenes servidas por Cloudimage',
      'Images optimized by ImageEngine',
      '画像配信：ImageFlux',
    ]) {
      expect(creditRule(line), line).toBe('pattern:image-service-credit');
    }
  });

  it('recognises a label naming the work, then the service ("Bildoptimierung: Imagify")', () => {
    for (const line of [
      'Bildoptimierung: Imagify',
      'Оптимізація зображень: Kraken.io',
      'Optymalizacja zdjęć: Optimole',
      'Optimización de imágenes: ShortPixel',
      'Beeldoptimalisatie: TinyPNG',
      'Bildauslieferung: ImageKit.io',
      'Imágenes: KeyCDN Image Processing',
    ]) {
      expect(creditRule(line), line).toBe('pattern:image-service-credit');
    }
  });

  it('recognises "powered by", compression labels and plugin features in other languages', () => {
    for (const line of [
      'Propulsé par Optimole',
      'Compresión de imágenes: Optimole',
      'Optimole · Lazy load',
      'Bildkomprimierung: ShortPixel',
      'Mogelijk gemaakt door Imagify',
      'Smush · WebP',
      'Optimole 提供技术支持',
    ]) {
      expect(creditRule(line), line).toBe('pattern:image-service-credit');
    }
  });

  it('recognises the name alone or with picture words only, unless the name is a common word', () => {
    for (const line of [
      'Optimole',
      'Bilder: Optimole',
      'Afbeeldingen via ShortPixel',
      'Images : Imagify',
      '图片：Optimole',
    ]) {
      expect(creditRule(line), line).toBe('pattern:image-service-credit');
    }
    expect(creditRule('Kraken')).toBeNull();
    expect(creditRule('Photos by Kraken')).toBeNull();
  });

  it('keeps article sentences about the services or about optimising', () => {
    expect(creditRule('The council optimised its bus timetable after complaints.')).toBeNull();
    expect(
      creditRule(
        'Cloudinary, the image company, raised $100 million and said it would compress costs by hiring fewer staff.',
      ),
    ).toBeNull();
    expect(creditRule('Kraken fans packed the arena')).toBeNull();
  });

  it('recognises a credit naming a vendor no list knows, in any language, but not a caption', () => {
    for (const line of [
      'Zdjęcia optymalizowane przez ImgSqueeze',
      'Зображення доставлено через Bunny CDN',
      '图片加速服务由 ImgSwift 提供',
      'Imágenes optimizadas con Lumina',
      '本站图片由 云栈CDN 加速与压缩',
      'Fotografías: CDN Bitrix24, compresión automática',
    ]) {
      expect(creditRule(line), line).toBe('pattern:optimizer-credit');
    }
    expect(creditRule('Images delivered by drone show the flooded valley')).toBeNull();
    expect(creditRule('Zdjęcia dostarczone przez policję.')).toBeNull();
  });
});

describe('unknown image services: German compounds and Cyrillic vendor names', () => {
  it('takes "Bildauslieferung: …" and "… сервисом Сжималка", not a line about Bildung', () => {
    expect(creditRule('Bildauslieferung: Lichtweg Image CDN')).toBe('pattern:optimizer-credit');
    expect(creditRule('Изображения сжаты сервисом Сжималка')).toBe('pattern:optimizer-credit');
    expect(creditRule('Bildungsurlaub: Lehrer fahren nach Berlin')).toBeNull();
  });
});

describe('unknown image services named after a CJK "by" or before a Japanese "with"', () => {
  it('takes "圖片由 Cloudflare 優化" and "画像は Lumina で最適化", not a caption naming a company', () => {
    expect(creditRule('圖片由 Cloudflare 優化')).toBe('pattern:optimizer-credit');
    expect(creditRule('图片由 Fastpix 压缩')).toBe('pattern:optimizer-credit');
    expect(creditRule('画像は Lumina で最適化されています')).toBe('pattern:optimizer-credit');
    expect(creditRule('图片由 Reuters 提供的照片显示洪水')).toBeNull();
  });
});

describe('pictures hosted by a service', () => {
  it('is its credit in several languages, not a sentence about hosting', () => {
    expect(creditRule('Obrazy hostowane przez imgix')).toBe('pattern:image-service-credit');
    expect(creditRule('Images hébergées par ImageKit')).toBe('pattern:image-service-credit');
    expect(creditRule('The images were hosted by the museum')).toBeNull();
  });
});

describe('site-builder credits', () => {
  it("recognises a platform's credit line, and no sentence about one", () => {
    for (const line of [
      'Made on Tilda',
      'Сделано на Tilda',
      'Built with Ghost',
      'Erstellt mit Jimdo',
      'Proudly powered by WordPress',
    ]) {
      expect(creditRule(line), line).not.toBeNull();
    }
    expect(creditRule('Made on Tilda')).toBe('pattern:site-builder-credit');
    expect(creditRule('The council site was made on Tilda in a weekend.')).toBeNull();
    expect(creditRule('Made in Italy')).toBeNull();
  });
});
