import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_SECTIONS, docUrl, headingAnchor } from './docs';
import type { DocId } from './types';

// Every section a walkthrough may cite is a heading of its page: the anchor is the heading's
// own (as the seeds' `<a name>` and Learn make it), and the English name the learner reads is
// that heading. An anchor typed by hand, or left behind when a page renamed its heading, fails.

const en = JSON.parse(readFileSync('locales/en/training.json', 'utf8')) as {
  docs: Record<string, { title: string; sections: Record<string, string> }>;
};

describe('headingAnchor', () => {
  it.each([
    [
      'What can a partner do for my organization or school?',
      'what-can-a-partner-do-for-my-organization-or-school',
    ],
    ['Manage GDAP Autoextend', 'manage-gdap-autoextend'],
    ['How the Microsoft-led transition works', 'how-the-microsoft-led-transition-works'],
    ['Getting approval of your GDAP request', 'getting-approval-of-your-gdap-request'],
  ])('%s → #%s', (heading, anchor) => expect(headingAnchor(heading)).toBe(anchor));
});

describe.each(Object.entries(DOC_SECTIONS) as [DocId, readonly string[]][])(
  'the sections of %s',
  (doc, sections) => {
    it('are the anchors of the headings the learner reads', () => {
      expect(sections.length).toBeGreaterThan(0);
      const named = en.docs[doc]?.sections ?? {};
      for (const anchor of sections) {
        expect(named[anchor], `${doc}#${anchor} has its heading`).toBeTruthy();
        expect(headingAnchor(named[anchor]!), `${doc}: "${named[anchor]}"`).toBe(anchor);
      }
      // And no heading is named that isn't a section of the page.
      expect(Object.keys(named).sort()).toEqual([...sections].sort());
    });

    it('link to that heading on the page', () => {
      const url = new URL(docUrl({ doc, section: sections[0]! }, 'en'));
      expect(url.hash).toBe(`#${sections[0]}`);
      expect(url.pathname).toMatch(/^\/en-us\/[a-z0-9/.-]+$/);
    });
  },
);

describe('the Today edition’s pages', () => {
  it('are Learn pages, in the learner’s language', () => {
    const ref = { doc: 'GDAP_TRANSITION' as const, section: DOC_SECTIONS.GDAP_TRANSITION[0]! };
    expect(docUrl(ref, 'ru')).toBe(
      'https://learn.microsoft.com/ru-ru/partner-center/gdap-microsoft-led-transition#how-the-microsoft-led-transition-works',
    );
    expect(docUrl({ doc: 'MPR', section: 'find-a-partner' }, 'zh')).toMatch(
      /^https:\/\/docs\.microsoft\.com\/zh-cn\//,
    );
  });
});
