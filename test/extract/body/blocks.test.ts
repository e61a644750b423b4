import { describe, expect, it } from 'vitest';
import { blocksFrom, textOf } from '../helpers.js';

const kinds = (html: string) => blocksFrom(html).map((s) => s.block.type);

describe('DOM to blocks', () => {
  it('keeps headings, lists, blockquotes, tables, code and rules', () => {
    expect(
      kinds(`<h2>Section</h2><p>Text <em>with</em> <a href="/l">a link</a>.</p><ul><li>One</li><li>Two</li></ul>
      <blockquote><p>Quoted.</p></blockquote><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
      <pre><code class="language-js">let x = 1;</code></pre><hr>`),
    ).toEqual(['heading', 'paragraph', 'list', 'blockquote', 'table', 'code', 'rule']);
  });

  it('sets classed pills and buttons that touch apart as words, and leaves plain spans as they are', () => {
    const [pills, word] = blocksFrom(
      '<p><span class="pill">Carta di credito</span><span class="pill">PayPal</span><span class="pill">Satispay</span></p><p><span>Sep</span><span>tember</span> came.</p>',
    );
    expect(textOf([pills!])).toBe('Carta di credito PayPal Satispay');
    expect(textOf([word!])).toBe('September came.');
  });

  it('sets a label apart from the capitalised label or link it touches, not a word split by markup', () => {
    const [share, word] = blocksFrom(
      '<div><span>Podziel się</span><a href="#">Facebook</a><a href="#">X</a></div><p><b>Mc</b><b>Donald</b> farm and <span>i</span><span>Phone</span> sales.</p>',
    );
    expect(textOf([share!])).toBe('Podziel się Facebook X');
    expect(textOf([word!])).toBe('McDonald farm and iPhone sales.');
  });

  it('splits loose text at blank lines (<br><br>) into paragraphs; a single <br> stays a line break', () => {
    const blocks = blocksFrom(
      `<div><font size="3">First paragraph, line one.<br>Line two.<br><br>
      Second paragraph.<br> <br>Third <b>paragraph</b>.</font><div>Box</div>Tail text.<br><br></div>`,
    );
    expect(blocks.map((s) => s.block.type)).toEqual(Array(5).fill('paragraph'));
    expect(textOf(blocks).split('\n\n')).toEqual([
      'First paragraph, line one.\nLine two.',
      'Second paragraph.',
      'Third paragraph.',
      'Box',
      'Tail text.',
    ]);
  });

  it("adds a plain wrapper's content in place, merging its text with the text around it", () => {
    const [first] = blocksFrom(
      '<p>One <span>two <font>three</font></span> four<span></span><span><br></span><a href="https://x.example/">five <span>six</span></a></p>',
    );
    expect(first?.block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'One two three four' },
        { type: 'break' },
        { type: 'link', href: 'https://x.example/', children: [{ type: 'text', text: 'five six' }] },
      ],
    });
  });

  it('treats inline elements that wrap blocks, at any depth, as containers', () => {
    const blocks = blocksFrom(
      '<div><a href="/x"><span><em><div>Card title</div></em></span>Card blurb</a><span>Loose <b>text</b></span></div>',
    );
    expect(textOf(blocks).split('\n\n')).toEqual(['Card title', 'Card blurb', 'Loose text']);
  });

  it('trims whitespace (no-break spaces and line breaks too) off the ends of a paragraph only', () => {
    const [first] = blocksFrom('<p>\u00a0\n  Lead <b>text</b>  ends here.\u2003\n</p>');
    expect(first?.block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Lead ' },
        { type: 'strong', children: [{ type: 'text', text: 'text' }] },
        { type: 'text', text: '  ends here.' },
      ],
    });
  });

  it('resolves links against the page address and keeps inline structure', () => {
    const [first] = blocksFrom('<p>See <a href="/docs">the <strong>docs</strong></a>.<br>Next line</p>');
    expect(first?.block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'See ' },
        {
          type: 'link',
          href: 'https://example.org/docs',
          children: [
            { type: 'text', text: 'the ' },
            { type: 'strong', children: [{ type: 'text', text: 'docs' }] },
          ],
        },
        { type: 'text', text: '.' },
        { type: 'break' },
        { type: 'text', text: 'Next line' },
      ],
    });
  });

  it('reads a layout table as containers, not as a data table', () => {
    expect(
      kinds('<table><tr><td><p>Para one.</p><p>Para two.</p></td><td><div>Side</div></td></tr></table>'),
    ).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a one-cell table as a framed box of paragraphs; two cells of data stay a table', () => {
    expect(
      kinds('<table><tr><td><b>Box title</b><br>First line.<br><br>Second line.<br><br>Go</td></tr></table>'),
    ).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds('<table><tr><td>Fares</td><td>€2.50</td></tr></table>')).toEqual(['table']);
  });

  it('turns loose text between blocks into paragraphs and keeps figures as images', () => {
    const blocks = blocksFrom(
      '<div>Loose text<p>Para.</p>tail text<figure><img src="/i.jpg" alt="A"><figcaption>Cap</figcaption></figure></div>',
    );
    expect(blocks.map((b) => b.block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'image']);
    expect(blocks[3]?.block).toEqual({
      type: 'image',
      src: 'https://example.org/i.jpg',
      alt: 'A',
      caption: 'Cap',
    });
  });
});

describe('removing a block between two runs of inline text', () => {
  it('leaves a line break where it stood, and nothing between inline siblings of a removed inline', async () => {
    const cheerio = await import('cheerio');
    const { removeNodes } = await import('../../../src/extract/body/dom.js');
    const $ = cheerio.load(
      '<div id="slot"><span>Reklama</span><div id="gpt-1"></div><small>ad-slot-ID: PRZ-ART-2</small></div><p id="p">Sep<em id="x">x</em>tember</p>',
    );
    removeNodes([$('#gpt-1')[0]!, $('#x')[0]!]);
    expect(
      $('#slot')
        .children()
        .toArray()
        .map((el) => el.name),
    ).toEqual(['span', 'br', 'small']);
    expect($('#p').text()).toBe('September');
  });
});
