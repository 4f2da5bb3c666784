import type { Snippet } from 'svelte';

export type ButtonVariant = 'primary' | 'secondary' | 'subtle' | 'danger';

export type NoticeKind = 'info' | 'warning' | 'error' | 'success';

export type ToastKind = 'success' | 'error' | 'info' | 'warning';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectOptionGroup {
  /** Group caption (rendered as <optgroup label>). */
  label: string;
  options: SelectOption[];
}

export type SortDirection = 'asc' | 'desc';

export interface SortState {
  key: string;
  dir: SortDirection;
}

export type Selectable = 'none' | 'single' | 'multiple';

export interface DataTableColumn<T> {
  /** Unique column key; also the key reported in sort state. */
  key: string;
  /** Visible header text (already translated). */
  header: string;
  /** Header click requests a sort through `onsort`; the caller sorts the data. */
  sortable?: boolean;
  /** Rich cell content. Takes precedence over `value`. */
  cell?: Snippet<[T]>;
  /** Plain-text cell content. */
  value?: (row: T) => string;
  /**
   * The row's primary cell (usually the name): clicking it activates the row.
   * Defaults to the first column.
   */
  primary?: boolean;
  /** Visually hide the header text (it stays in the accessibility tree). */
  headerHidden?: boolean;
  align?: 'start' | 'end' | 'center';
  /** CSS width, e.g. '30%' or '12rem'. */
  width?: string;
}

export interface PagerLabels {
  /** Accessible name of the pagination landmark (optional). */
  label?: string;
  previous: string;
  next: string;
  /** Status text, e.g. (1, 25, 120) => "1-25 of 120". `total` is undefined when unknown. */
  status: (from: number, to: number, total: number | undefined) => string;
}
