import {
  checkPagesUrl,
  cmi5Course,
  lintCmi5,
  lintNoServiceWorker,
  lintScormManifest,
  readWalkthroughs,
  scormManifest,
  validateCmi5Xsd,
} from '../../scripts/package-lms.mjs';

// The package lint, on manifests generated from the real walkthrough list and a small file
// list (no build: cheap enough for every `npm test`). `npm run package` runs the same lint on
// the real build and fails on any problem. Each check is also shown to fail on a broken input.

const FILES = ['index.html', 'assets/index-abc.js', 'assets/a&b.css', 'favicon.svg'];
const walkthroughs = readWalkthroughs();

describe('SCORM 1.2 manifest lint', () => {
  const manifest = scormManifest({ walkthroughs, files: FILES });

  it('the generated manifest is clean: one item per walkthrough × graded mode, every file listed, & escaped', () => {
    expect(walkthroughs.length).toBeGreaterThanOrEqual(14);
    expect(lintScormManifest(manifest, ['imsmanifest.xml', ...FILES])).toEqual([]);
    expect(manifest.match(/<item /g)).toHaveLength(walkthroughs.length * 2);
    expect(manifest).toContain('parameters="?w=accept-invitation&amp;mode=test&amp;lang=en"');
    expect(manifest).toContain(
      '<adlcp:datafromlms>?w=accept-invitation&amp;mode=test&amp;lang=en</adlcp:datafromlms>',
    );
    expect(manifest).toContain('href="assets/a&amp;b.css"');
    expect(manifest.match(/<adlcp:masteryscore>80<\/adlcp:masteryscore>/g)).toHaveLength(
      walkthroughs.length,
    );
  });

  it('the Russian and Chinese packages: titles and the items’ lang in that language, clean', () => {
    for (const lang of ['ru', 'zh'] as const) {
      const m = scormManifest({
        walkthroughs,
        files: FILES,
        lang,
        identifier: `partner-sim-${lang}`,
      });
      expect(lintScormManifest(m, ['imsmanifest.xml', ...FILES])).toEqual([]);
      expect(m).toContain(`parameters="?w=accept-invitation&amp;mode=test&amp;lang=${lang}"`);
      const accept = walkthroughs.find((w) => w.slug === 'accept-invitation');
      expect(m).toContain(`<title>${accept?.texts[lang].title}`);
      expect(m).not.toContain('(practice)');
    }
  });

  it('a one-walkthrough manifest is clean too', () => {
    const one = scormManifest({
      walkthroughs: [walkthroughs[0]],
      files: FILES,
      identifier: 'partner-sim-one',
    });
    expect(lintScormManifest(one, ['imsmanifest.xml', ...FILES])).toEqual([]);
    expect(one.match(/<item /g)).toHaveLength(2);
  });

  it('fails on a missing file, an unlisted file, an absolute href, a duplicate id, a raw &, a service worker', () => {
    expect(lintScormManifest(manifest, ['imsmanifest.xml', ...FILES.slice(1)])).toContain(
      'listed but missing: index.html',
    );
    expect(lintScormManifest(manifest, ['imsmanifest.xml', ...FILES, 'extra.js'])).toContain(
      'in the package but not listed: extra.js',
    );
    expect(
      lintScormManifest(manifest.replace('href="favicon.svg"', 'href="/favicon.svg"'), [
        'imsmanifest.xml',
        ...FILES,
      ]),
    ).toContain('href not relative: /favicon.svg');
    expect(
      lintScormManifest(
        manifest.replace('ITEM-accept-invitation-test', 'ITEM-accept-invitation-practice'),
        ['imsmanifest.xml', ...FILES],
      ).join(),
    ).toMatch(/duplicate identifiers/);
    expect(
      lintScormManifest(manifest.replace('a&amp;b.css', 'a&b.css'), ['imsmanifest.xml', ...FILES]),
    ).toContain('an unescaped & in the manifest');
    expect(
      lintScormManifest(manifest.replace('<adlcp:masteryscore>80', '<adlcp:masteryscore>70'), [
        'imsmanifest.xml',
        ...FILES,
      ]).join(),
    ).toMatch(/masteryscore 80/);
    expect(lintNoServiceWorker(['index.html', 'sw.js'], () => '')).toEqual(['a PWA file: sw.js']);
    expect(
      lintNoServiceWorker(
        ['index.html'],
        () => '<script>navigator.serviceWorker.register("x")</script>',
      ),
    ).toEqual(['registers a service worker: index.html']);
  });
});

describe('cmi5 course structure', () => {
  const remote = cmi5Course({ walkthroughs, base: 'https://example.github.io/partner-sim/' });
  const local = cmi5Course({ walkthroughs, base: '' });

  it('is valid against the cmi5 CourseStructure.xsd and our stricter checks (explicit moveOn, masteryScore 0.8, three languages)', async () => {
    expect(await validateCmi5Xsd(remote)).toEqual([]);
    expect(await validateCmi5Xsd(local)).toEqual([]);
    expect(lintCmi5(remote)).toEqual([]);
    expect(lintCmi5(local, { relative: true, files: FILES })).toEqual([]);
    expect(remote.match(/<au /g)).toHaveLength(walkthroughs.length * 2);
    expect(remote.match(/<block /g)).toHaveLength(2);
    expect(remote).toContain(
      '<url>https://example.github.io/partner-sim/index.html?w=accept-invitation&amp;mode=test</url>',
    );
  });

  it('fails on a schema violation, a default moveOn, a missing language, an absolute URL in the zip', async () => {
    expect(
      (await validateCmi5Xsd(remote.replace('moveOn="Passed"', 'moveOn="Sometimes"'))).length,
    ).toBeGreaterThan(0);
    expect((await validateCmi5Xsd(remote.replace(/<url>[^<]*<\/url>/, ''))).length).toBeGreaterThan(
      0,
    );
    expect(lintCmi5(remote.replace(/ moveOn="Completed"/, '')).join()).toMatch(
      /moveOn must be explicit/,
    );
    const at = remote.indexOf('<au ');
    const noZh =
      remote.slice(0, at) +
      remote
        .slice(at)
        .replace(
          /<langstring lang="zh-CN">[^<]*<\/langstring>\s*<\/description>/,
          '</description>',
        );
    expect(lintCmi5(noZh).join()).toMatch(/need zh-CN/);
    expect(lintCmi5(remote, { relative: true, files: FILES }).join()).toMatch(/url not relative/);
  });
});

describe('the published site URL for cmi5.xml (--pages-url / PAGES_URL)', () => {
  it('takes an https folder URL and refuses anything else, saying why', () => {
    expect(checkPagesUrl('https://contoso.github.io/partner-sim/')).toEqual({
      ok: true,
      url: 'https://contoso.github.io/partner-sim/',
    });
    expect(checkPagesUrl(undefined)).toEqual({ ok: false, why: 'missing' });
    for (const [value, why] of [
      ['contoso.github.io/partner-sim/', /not a URL/],
      ['http://contoso.github.io/partner-sim/', /not https/],
      ['https://me:pw@contoso.github.io/partner-sim/', /credentials/],
      ['https://contoso.github.io/partner-sim/?x=1', /query or fragment/],
      ['https://contoso.github.io/partner-sim/#/', /query or fragment/],
      ['https://contoso.github.io/partner-sim', /end it with \//],
    ] as const) {
      const read = checkPagesUrl(value);
      expect(read.ok, value).toBe(false);
      expect(read.ok ? '' : read.why).toMatch(why);
    }
  });
});
