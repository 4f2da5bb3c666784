import Dexie from 'dexie';
import type { AppDB } from '../AppDB';
import type { Relationship } from '../../domain/types';

export interface CustomerPageArgs {
  partnerId: string;
  /** Case-insensitive name prefix; empty for all. */
  search: string;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface CustomerPage {
  rows: Relationship[];
  total: number;
}

/**
 * One page of a partner's customers (R-IND-9: only those with a reseller relationship),
 * sorted and prefix-searched on the [partnerId+customerNameLower] index: a partner with
 * 10,000 customers never loads the whole table.
 */
export async function customerPage(db: AppDB, args: CustomerPageArgs): Promise<CustomerPage> {
  const prefix = args.search.trim().toLowerCase();
  const lower: [string, string] = [args.partnerId, prefix];
  const upper: [string, string | typeof Dexie.maxKey] = [args.partnerId, prefix ? prefix + '\uffff' : Dexie.maxKey];
  const range = () => db.relationships.where('[partnerId+customerNameLower]').between(lower, upper, true, true);
  let collection = range().filter((r) => r.reseller);
  if (args.dir === 'desc') collection = collection.reverse();
  const [rows, total] = await Promise.all([
    collection.offset(args.page * args.pageSize).limit(args.pageSize).toArray(),
    range().filter((r) => r.reseller).count(),
  ]);
  return { rows, total };
}
