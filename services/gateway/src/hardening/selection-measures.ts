import { type DocumentNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import { fragmentsOf } from './selection-walk.js';

/** What a selection set measures once its fragments are expanded. */
export interface Measure {
  /** The deepest field nesting, introspection fields not counted. */
  depth: number;
  /** Aliased fields, each counted once per place it ends up in. */
  aliases: number;
  /**
   * Fields (introspection fields included) and fragment spreads, each counted once per place it ends up in: the
   * items GraphQL's validation compares pairwise.
   */
  selections: number;
}

/** How far counts go: past the limit they only need to stay above it. */
export interface MeasureCaps {
  aliases: number;
  selections: number;
}

/** What a fragment still being measured contributes when it is reached again: a cycle, refused by validation. */
const IN_PROGRESS: Measure = { depth: 0, aliases: 0, selections: 0 };

/**
 * Measures the operations of one document as they would run, with fragment spreads expanded, while visiting each
 * fragment once: a fragment's measure is computed the first time it is spread and reused after, so a chain of
 * fragments that each spread the next twice costs linear time to measure however much it expands to.
 *
 * - Depth: the deepest field nesting. Introspection fields (`__schema`, `__type`) and what they select are not
 *   counted: GraphiQL's introspection query is deeper than any useful API query. Their aliases and selections are.
 * - Aliases and selections (fields and fragment spreads): counted once per place they end up in the expanded
 *   operation, so 20 fragments that each
 *   spread the next twice around one alias count 2^20 aliases. Counts saturate at their caps to stay exact
 *   integers.
 *
 * A fragment cycle is a validation error reported by GraphQL's own rules; here a fragment reached while it is
 * being measured counts as empty, which only keeps the walk finite.
 *
 * @example
 * const measures = new SelectionMeasures(document, { aliases: 16, selections: 301 });
 * measures.of(operation.selectionSet).depth;
 */
export class SelectionMeasures {
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly memo = new Map<string, Measure>();

  constructor(
    document: DocumentNode,
    private readonly caps: MeasureCaps,
  ) {
    this.fragments = fragmentsOf(document);
  }

  /** The measure of a selection set, spreads expanded. */
  of(set: SelectionSetNode | undefined): Measure {
    const total: Measure = { depth: 0, aliases: 0, selections: 0 };
    if (set === undefined) return total;
    for (const selection of set.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        const child = this.of(selection.selectionSet);
        inner = {
          depth: selection.name.value.startsWith('__') ? 0 : 1 + child.depth,
          aliases: child.aliases + (selection.alias === undefined ? 0 : 1),
          selections: child.selections + 1,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.of(selection.selectionSet);
      } else {
        const fragment = this.fragment(selection.name.value);
        inner = { ...fragment, selections: fragment.selections + 1 };
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases = Math.min(this.caps.aliases, total.aliases + inner.aliases);
      total.selections = Math.min(this.caps.selections, total.selections + inner.selections);
    }
    return total;
  }

  /**
   * The selections of fragment definitions that no selection measured so far spreads. GraphQL's validation visits
   * every definition, used or not (an unused one is refused, but only after its rules have run on it).
   */
  unspreadSelections(): number {
    let selections = 0;
    for (const name of this.fragments.keys()) {
      if (!this.memo.has(name)) {
        selections = Math.min(this.caps.selections, selections + this.fragment(name).selections);
      }
    }
    return selections;
  }

  private fragment(name: string): Measure {
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (fragment === undefined) return IN_PROGRESS;
    this.memo.set(name, IN_PROGRESS);
    const measure = this.of(fragment.selectionSet);
    this.memo.set(name, measure);
    return measure;
  }
}
