/** What every block cleaner receives and returns. */
import type { SourcedBlock } from '../blocks.js';
import type { Removals } from '../body/removed.js';

export interface CleanContext {
  removals: Removals;
  /** Tags collected from removed hashtag lines, without `#`. */
  hashtags: string[];
  /** The outlet's own names (site name, <title> suffix): an appeal names the outlet it asks for. */
  outlets: string[];
  /** The headline, without the site's name: a block sharing its words is the article's. */
  headline: string;
  /** The article's authors from the page's metadata: a closing line opening with one is their bio. */
  authors?: readonly string[];
  /** The page's own hosts (see `pageHosts` in body/index.ts), lower case, without "www.". */
  hosts: string[];
  /**
   * The blocks are a stretch of the article around lines set apart by <br> (the second pass in
   * clean/index.ts), not all of it: rules about the article's two ends do not apply.
   */
  part?: boolean;
  /**
   * Blocks the story introduces as what it quotes (see `introduced-box.ts`), found by the donation
   * pass: later cleaners leave them too.
   */
  quoted?: Set<SourcedBlock>;
}

/** A cleaner takes the article's blocks in order and returns the ones it keeps. */
export type BlockCleaner = (blocks: SourcedBlock[], ctx: CleanContext) => SourcedBlock[];
