// Real resume.json files from public repositories (test/fixtures/real-resumes/SOURCES.md): researchers'
// CVs in JSON Resume, academicpages and al-folio shapes, in other languages, and files in shapes of
// their own. Each renders a clean page on which every string is shown, or validate() says it is not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import standardSchema from '@jsonresume/schema/schema.json';
import { render } from '../helpers/untypedRender';
import { attr, elements, parseHtml } from '../helpers/html';
import { validate } from '../../src/schema/validate';
import { isNotShown } from '../../src/schema/lint';
import { headerKeys } from '../../src/model/basics';
import { hasResumakeOrder } from '../../src/model/options';
import { isObject } from '../../src/model/read';
import { allowedMarkup } from '../helpers/hostile/allowed';
import { leaves, lostLeaves, sectionIdFor } from '../helpers/hostile/leaves';
import { pageProblems } from '../helpers/hostile/page';

const DIR = join(__dirname, '..', 'fixtures', 'real-resumes');
const FILES = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();

/**
 * The most "not shown" warnings each file may have: what these people wrote that the theme has no
 * place for. Lower a number when the theme learns to show more; never raise one to make a test pass.
 */
const NOT_SHOWN_BUDGET: Record<string, number> = {
  '01QJ10-01QJ10.github.io.json': 1,
  '0xadada-resume.json': 0,
  '16yunH-16yunH.github.io.json': 0,
  '1BIMU-Academic_CV.json': 0,
  '1JunGu-1jungu.github.io.json': 0,
  '2ood-ai-researcher.json': 0,
  '4lhc-4lhc.github.io.json': 0,
  '501Good-501Good.github.io.json': 0,
  '9tarz-9tarz.github.io.json': 0,
  'Aaaaanzhy-Zhiyuan_An.github.io.json': 0,
  'AaronPB-aaronpb.github.io.json': 0,
  'AbdulAlkurdi-abdulalkurdi.github.io.json': 0,
  'ABelonovskii-ABelonovskii.github.io.json': 0,
  'adh30-adh30.github.io.json': 0,
  'AFKD98-AFKD98.github.io.json': 0,
  'ahmetcecen-ahmetcecen.github.io.json': 12,
  'AHolliday-AHolliday.github.io.json': 0,
  'AJajodia-ajajodia.github.io.json': 0,
  'Alestaubin-alestaubin.github.io.json': 0,
  'Alex-Gauvain-Alex-Gauvain.github.io.json': 0,
  'AlexanderPico-icv.json': 8,
  'ALMSIVI-Resume.json': 2,
  'Amirreza-0-amirreza-0.github.io.json': 0,
  'AndreeaPocol-andreeapocol.github.io.json': 0,
  'Aouidate-aouidate.github.io.json': 0,
  'ATClare-ATClare.github.io.json': 0,
  'Atomtomate-page.json': 0,
  'AWNathan1893-AWNathan1893.github.io.json': 0,
  'carlosdenner-academic-cv.json': 64,
  'ChristineDaneauPelletier-ChristineDaneauPelletier.github.io.json': 0,
  'DavidKrassnig-DavidKrassnig.github.io.json': 0,
  'DeqingFu-deqingfu.github.io.json': 0,
  'dinhviettoanle-dinhviettoanle.github.io.json': 1,
  'dmcwo-json-cv.json': 0,
  'eborbath-eborbath.github.io.json': 0,
  'elvis-aguero-elvis-aguero.github.io.json': 0,
  'framunoz-framunoz.github.io.json': 0,
  'francesco-fortunato-francesco-fortunato.github.io.json': 0,
  'francoispierrepaty-francoispierrepaty.github.io.json': 10,
  'HassamSheikh-hassamsheikh.github.io.json': 0,
  'hazrmard-hazrmard.github.io.json': 4,
  'ieremies-ieremies.json': 0,
  'JanKren-JanKren.github.io.json': 1,
  'JBoixCampos-JBoixCampos.github.io.json': 0,
  'KilianKoch-KilianKoch.github.io.json': 0,
  'lanzac-lanzac.github.io.json': 17,
  'LenaKahle-LenaKahle.github.io.json': 0,
  'LuchinChang-LuchinChang.github.io.json': 0,
  'myamamoto26-myamamoto26.github.io.json': 0,
  'NeoNeuron-neoneuron.github.io.json': 3,
  'NeutrinoLiu-neutrinoliu.github.io.json': 16,
  'NoeDemange-NoeDemange.github.io.json': 0,
  'PabloVallecillos-cv.json': 0,
  'philipmjohnson-philipmjohnson.github.io.json': 0,
  'PhyberApex-phyberapex.de.json': 2,
  'phydev-phydev.github.io.json': 15,
  'QEASONT-QEASONT.github.io.json': 0,
  'romanescherrer-romanescherrer.github.io.json': 0,
  'roschaefer-roschaefer.de.json': 59,
  'saguileran-saguileran.github.io.json': 4,
  'SepidMans-sepidman.github.io.json': 0,
  'StevenDillmann-StevenDillmann.github.io.json': 0,
  'THUzxj-THUzxj.github.io.json': 0,
  'waltbai-waltbai.github.io.json': 0,
  'wangrunlin-resume.json': 0,
  'williameclee-williameclee.github.io.json': 30,
  'YanfeiFionaZhou-YanfeiFionaZhou.github.io.json': 0,
  'ybabel-cv.json': 2,
  'YixinChenYC1999-YixinChenYC1999.github.io.json': 0,
  'ysnrski-ysnrski.github.io.json': 1,
  'yuelingyu-yuelingyu.github.io.json': 0,
  'zezocas0-zezocas0.github.io.json': 2,
  'zhongwangwei-zhongwangwei.github.io.json': 0,
};

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** True when the standard JSON Resume schema defines this path ("work", "0", "highlights", "2"). */
function isStandardPath(keys: string[]): boolean {
  let node: SchemaNode | undefined = standardSchema as SchemaNode;
  for (const key of keys) {
    node = /^\d+$/.test(key) && node.items ? node.items : node.properties?.[key];
    if (!node) return false;
  }
  return true;
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasText);
  return isObject(value) && Object.values(value).some(hasText);
}

const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
const notShownCounts: Record<string, number> = {};

it('has 60 to 80 files, each with a budget of warnings', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(60);
  expect(FILES.length).toBeLessThanOrEqual(80);
  expect(Object.keys(NOT_SHOWN_BUDGET).sort()).toEqual(FILES);
});

describe.each(FILES)('%s', (file) => {
  const resume = read(file);
  const html = render(resume);
  const page = parseHtml(html);
  const notShown = validate(resume).filter(isNotShown);
  notShownCounts[file] = notShown.length;

  it('renders a page that meets the page rules', () => {
    expect(pageProblems(html, allowedMarkup(), { parseErrors: true })).toEqual([]);
  });

  it('shows every string, unless validate() says it is not shown', () => {
    expect(lostLeaves(resume, page)).toEqual([]);
  });

  it('shows every string at a path of the standard schema', () => {
    const hidden = leaves(resume).filter(
      (leaf) => isStandardPath(leaf.keys) && notShown.some(({ path }) => leaf.pointer === path || leaf.pointer.startsWith(`${path}/`)),
    );
    expect(hidden.map((leaf) => leaf.pointer)).toEqual([]);
  });

  it('shows every top-level list as a section', () => {
    const ids = new Set(elements(page, 'section').map((section) => attr(section, 'id')));
    const header = new Set(isObject(resume) ? headerKeys(resume) : []);
    // resumake.io's section order is a setting: it orders the sections instead.
    if (hasResumakeOrder(resume)) header.add('sections');
    const missing = Object.entries(resume)
      .filter(([key, value]) => Array.isArray(value) && hasText(value) && !header.has(key))
      .flatMap(([key, value]) =>
        (value as unknown[]).map((entry, index) => (hasText(entry) ? sectionIdFor(resume, [key, String(index)]) : '')).filter(Boolean),
      )
      .filter((id) => !ids.has(id));
    expect([...new Set(missing)]).toEqual([]);
  });

  it(`has at most ${NOT_SHOWN_BUDGET[file] ?? 0} "not shown" warnings`, () => {
    expect(notShown.length).toBeLessThanOrEqual(NOT_SHOWN_BUDGET[file] ?? 0);
  });
});

afterAll(() => {
  const total = Object.values(notShownCounts).reduce((sum, count) => sum + count, 0);
  const lines = Object.entries(notShownCounts).map(([file, count]) => `${String(count).padStart(4)}  ${file}`);

  console.log(`"Not shown" warnings per real resume (${total} in ${lines.length} files):\n${lines.join('\n')}`);
});
