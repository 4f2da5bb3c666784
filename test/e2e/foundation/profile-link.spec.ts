import { test, expect } from '../fixtures';
import { waitForShell } from '../helpers';

// Issue 15, the partner's own company: a trainer's link naming a built-in example profile
// (`?profile=vanarsdel`) renames the training partner and the training customer in the world,
// shows the partner's logo in the header (beside the simulator's tag, which stays), in the
// learner's language. One page per language.
const CASES = [
  { lang: 'ru', logo: 'Логотип VanArsdel, Ltd.', tag: /Симулятор|симулятор/ },
  { lang: 'zh', logo: 'VanArsdel, Ltd. 的徽标', tag: /模拟/ },
] as const;

for (const c of CASES) {
  test(`a ?profile= link of a built-in profile shows its names and logo (${c.lang})`, async ({
    page,
  }) => {
    await page.goto(`./#/world?lang=${c.lang}&profile=vanarsdel&persona=u-megan`);
    await waitForShell(page);
    // The header: the logo (an image of a data: URL, no script), and the simulator tag still there.
    const logo = page.getByTestId('profile-logo');
    await expect(logo).toBeVisible();
    await expect(logo).toHaveAttribute('alt', c.logo);
    expect(await logo.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await expect(page.locator('.sim-tag')).toHaveText(c.tag);
    // The world: both organizations renamed (the persona list groups people by organization).
    const groups = await page
      .locator('#persona-switcher optgroup')
      .evaluateAll((els) => els.map((e) => e.getAttribute('label')));
    expect(groups).toContain('VanArsdel, Ltd.');
    expect(groups).toContain('Wingtip Toys');
    expect(groups).not.toContain('Fabrikam Solutions');
    expect(groups).not.toContain('Contoso Ltd');
    // The chooser on #/world names the profile applied; the link's parameter is gone.
    await expect(page.getByTestId('profile-current')).toContainText('VanArsdel, Ltd.');
    await expect(page.getByTestId('profile-current')).toContainText('Wingtip Toys');
    expect(page.url()).not.toContain('profile=');
  });
}
