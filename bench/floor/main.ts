// The floor app of `npm run bench`: the simulator's four runtime libraries (svelte, dexie,
// xstate, i18next) doing the least a real first view does — translate a heading in the chosen
// language, open an IndexedDB database and read it, run a machine, render a persona select.
// Built and served exactly like the site, it is what "near the floor" is measured against.
import { mount } from 'svelte';
import Dexie, { type Table } from 'dexie';
import { createActor, createMachine } from 'xstate';
import i18next from 'i18next';
import App from './App.svelte';

const TEXTS = {
  en: { title: 'Partner Center', persona: 'Persona', people: 'People' },
  ru: { title: 'Центр партнеров', persona: 'Персона', people: 'Люди' },
  zh: { title: '合作伙伴中心', persona: '角色', people: '人员' },
} as const;
type Lang = keyof typeof TEXTS;

class FloorDb extends Dexie {
  people!: Table<{ id: string; name: string }, string>;
  constructor() {
    super('floor');
    this.version(1).stores({ people: 'id' });
  }
}

async function start() {
  const asked = new URL(location.href).searchParams.get('lang');
  const lang: Lang = asked === 'ru' || asked === 'zh' ? asked : 'en';
  const db = new FloorDb();
  const [, people] = await Promise.all([
    i18next.init({ lng: lang, resources: { [lang]: { translation: TEXTS[lang] } } }),
    db.transaction('rw', db.people, async () => {
      if ((await db.people.count()) === 0)
        await db.people.bulkPut([
          { id: 'u-megan', name: 'Megan Bowen' },
          { id: 'u-patti', name: 'Patti Fernandez' },
        ]);
      return db.people.toArray();
    }),
  ]);
  const actor = createActor(
    createMachine({
      id: 'floor',
      initial: 'idle',
      states: { idle: { on: { GO: 'done' } }, done: {} },
    }),
  ).start();
  actor.send({ type: 'GO' });
  const target = document.getElementById('app')!;
  target.replaceChildren();
  mount(App, {
    target,
    props: {
      t: (key: string) => i18next.t(key),
      people,
      machineState: String(actor.getSnapshot().value),
    },
  });
}

void start();
