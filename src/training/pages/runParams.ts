import { isLanguage, type Language } from '../../i18n/languages';
import { MODES, PACES, type Mode, type Pace } from '../progress/run';

export interface RunParams {
  mode: Mode;
  lang?: Language;
  embed: boolean;
  pace: Pace;
  restart: boolean;
}

/**
 * A trainer link's parameters, validated: an unknown value is refused whole with the name of
 * the parameter (the page says which), never guessed.
 */
export function parseRunParams(
  query: URLSearchParams,
): { ok: true; params: RunParams } | { ok: false; parameter: string } {
  const mode = query.get('mode') ?? 'practice';
  if (!(MODES as readonly string[]).includes(mode)) return { ok: false, parameter: 'mode' };
  const lang = query.get('lang');
  if (lang !== null && !isLanguage(lang)) return { ok: false, parameter: 'lang' };
  const embed = query.get('embed');
  if (embed !== null && embed !== '1' && embed !== '0') return { ok: false, parameter: 'embed' };
  const pace = query.get('pace') ?? 'normal';
  if (!(PACES as readonly string[]).includes(pace)) return { ok: false, parameter: 'pace' };
  const restart = query.get('restart');
  if (restart !== null && restart !== '1') return { ok: false, parameter: 'restart' };
  return {
    ok: true,
    params: {
      mode: mode as Mode,
      lang: lang ?? undefined,
      embed: embed === '1',
      pace: pace as Pace,
      restart: restart === '1',
    },
  };
}
