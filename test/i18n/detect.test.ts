// The language a resume names, the script it is written in, and what the page makes of them.
import { SUPPORTED_LOCALES, directionOf, dominantScript, languageTag } from '../../src/i18n';
import { SCRIPT_OF_LANGUAGE, likelyScript } from '../../src/i18n/tags';
import { localeFromResume, missingLocaleMessage } from '../../src/model/language';
import { toView } from '../../src/view';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, validate } from '../../index';
import { ROOT } from '../helpers/paths';

describe('languageTag', () => {
  it.each([
    ['de', 'de'],
    ['pt_BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    [' EN-gb ', 'en-GB'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['iw', 'he'],
  ])('reads %j as %s', (text, tag) => expect(languageTag(text)).toBe(tag));

  it.each([['German'], ['en-12'], ['und'], ['en-u-nu-arab'], ['"><script>'], [''], [42], [null], [{ code: 'de' }]])(
    'rejects %j',
    (value) => {
      expect(languageTag(value)).toBeUndefined();
    },
  );
});

describe('directionOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['ckb', 'rtl'],
    ['en', 'ltr'],
    ['de', 'ltr'],
    ['zh-TW', 'ltr'],
    ['xx', 'ltr'],
    ['en-Arab', 'rtl'],
    ['ar-Latn', 'ltr'],
  ])('%s is %s', (tag, dir) => expect(directionOf(tag)).toBe(dir));
});

describe('the scripts of the languages with labels', () => {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const regions = [...letters].flatMap((first) => [...letters].map((second) => first + second));

  it.each([...SCRIPT_OF_LANGUAGE])('%s is written in %s in every region, as Intl says', (language, script) => {
    const others = [language, ...regions.map((region) => `${language}-${region}`)].filter(
      (tag) => new Intl.Locale(tag).maximize().script !== script,
    );
    expect(others).toEqual([]);
    expect(likelyScript(`${language}-FR`)).toBe(script);
  });

  it("covers every language with labels but Chinese, whose script is the region's", () => {
    expect(SUPPORTED_LOCALES.filter((locale) => !SCRIPT_OF_LANGUAGE.has(locale))).toEqual(['zh', 'zh-Hant']);
    expect(likelyScript('zh-TW')).toBe('Hant');
  });
});

describe('localeFromResume', () => {
  it('takes meta.themeOptions.locale, then meta.locale, meta.language, then a top-level language', () => {
    const all = { language: 'es', meta: { language: 'it', locale: 'fr', themeOptions: { locale: 'de' } } };
    expect(localeFromResume(all)).toBe('de');
    expect(localeFromResume({ ...all, meta: { ...all.meta, themeOptions: {} } })).toBe('fr');
    expect(localeFromResume({ ...all, meta: { language: 'it' } })).toBe('it');
    expect(localeFromResume({ language: 'es' })).toBe('es');
  });

  it('passes over values that are not language tags', () => {
    expect(localeFromResume({ language: 'German', meta: { locale: 'bad tag', language: 'pt_BR' } })).toBe('pt-BR');
    expect(localeFromResume({ language: 'German' })).toBeUndefined();
    expect(localeFromResume({ languages: [{ language: 'de' }] })).toBeUndefined();
    for (const value of [undefined, null, 'de', [], { meta: 'x' }]) expect(localeFromResume(value)).toBeUndefined();
  });
});

describe('the page takes its language from the resume', () => {
  const resume = { language: 'de', basics: { name: 'Anna Schmidt' }, work: [{ name: 'TU München', startDate: '2021-03' }] };

  it('a top-level "language": "de" gives German headings, months, lang and title', () => {
    const html = render(resume);
    expect(html).toContain('<html lang="de" dir="ltr" data-style="modern">');
    expect(html).toContain('Berufserfahrung');
    expect(html).toContain('März 2021');
    expect(html).toContain('heute');
    expect(html).not.toContain('Experience');
  });

  it('is a setting, not content: validate() names only what the registry rejects, and a value that is no language tag', () => {
    expect(validate(resume).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/registry rejects the top-level key "language"/),
    ]);
    const notTag = validate({ ...resume, language: 'German' }).filter(
      (problem) => problem.severity === 'warning' && !/registry/.test(problem.message),
    );
    expect(notTag).toEqual([expect.objectContaining({ path: '/language', message: expect.stringMatching(/is not shown/) })]);
  });

  it('the locale option and meta.themeOptions.locale come first', () => {
    expect(toView(resume, { locale: 'fr' })).toMatchObject({ lang: 'fr', dir: 'ltr' });
    expect(toView({ ...resume, meta: { themeOptions: { locale: 'es' } } })).toMatchObject({ lang: 'es' });
    // An option that is not a tag does not hide the resume's own language.
    expect(toView(resume, { locale: '"><x' })).toMatchObject({ lang: 'de' });
  });

  it('right to left for a Persian resume, with its region kept in lang', () => {
    const view = toView({ meta: { language: 'fa_IR' }, basics: { name: 'مریم' } });
    expect(view).toMatchObject({ lang: 'fa-IR', dir: 'rtl', labels: { curriculumVitae: 'رزومه' } });
    expect(toView({ meta: { language: 'fa' } }, { dir: 'ltr' }).dir).toBe('ltr');
  });
});

describe('dominantScript', () => {
  const cyrillic = {
    basics: { name: 'Иван Петров', label: 'Научный сотрудник', summary: 'Занимаюсь машинным обучением и обработкой естественного языка.' },
  };

  it('names the script and the likeliest language', () => {
    expect(dominantScript(cyrillic)).toEqual({ script: 'Cyrillic', language: 'ru' });
    expect(dominantScript({ basics: { summary: 'Займаюся машинним навчанням і обробкою природної мови в Києві.' } })?.language).toBe('uk');
    expect(dominantScript({ basics: { summary: 'پژوهشگر یادگیری ماشین در دانشگاه تهران، با تمرکز بر پردازش زبان.' } })?.language).toBe(
      'fa',
    );
    expect(dominantScript({ basics: { summary: 'باحث في تعلم الآلة في جامعة القاهرة، مع التركيز على معالجة اللغة.' } })?.language).toBe(
      'ar',
    );
    expect(dominantScript({ basics: { summary: 'مشین لرننگ میں تحقیق کرتا ہوں اور لاہور میں پڑھاتا ہوں۔' } })?.language).toBe('ur');
    expect(dominantScript({ basics: { summary: 'אני חוקרת למידת מכונה באוניברסיטה העברית.' } })?.language).toBe('he');
    expect(dominantScript({ basics: { summary: 'मैं दिल्ली में मशीन लर्निंग पर शोध करता हूँ।' } })?.language).toBe('hi');
    expect(dominantScript({ basics: { label: '博士研究生', summary: '主要研究方向为大语言模型的后训练。' } })?.language).toBe('zh');
    expect(dominantScript({ basics: { summary: '大規模言語モデルの研究をしています。' } })?.language).toBe('ja');
    expect(dominantScript({ basics: { summary: '대규모 언어 모델을 연구하고 있습니다.' } })?.language).toBe('ko');
  });

  it('counts a Chinese CV with English paper titles as Chinese: a character weighs about three letters', () => {
    const resume = {
      basics: { name: '吴天昊', label: '加州大学伯克利分校博士研究生', summary: '主要研究方向为大语言模型的后训练与对齐。' },
      publications: [
        { name: 'Thinking LLMs: General Instruction Following with Thought Generation', authors: ['Tianhao Wu', 'Jason Weston'] },
      ],
    };
    expect(dominantScript(resume)?.language).toBe('zh');
  });

  it('tells the language of text in Latin letters by its small words, when clearly not English', () => {
    const german = {
      basics: { summary: 'Ich forsche zu maschinellem Lernen und arbeite mit der Gruppe für Robotik an der Universität.' },
      work: [
        {
          position: 'Doktorand',
          summary: 'Entwicklung von Methoden für die Planung und das Lernen bei mobilen Robotern, sowie Lehre im Bachelor.',
        },
      ],
    };
    expect(dominantScript(german)).toEqual({ script: 'German', language: 'de' });
    const french = {
      basics: { summary: 'Doctorante en apprentissage automatique, je travaille sur les réseaux de neurones et leur robustesse.' },
      work: [
        {
          summary:
            'Enseignement des probabilités et des statistiques pour les étudiants de licence, avec des travaux pratiques dans le cadre du master.',
        },
      ],
    };
    expect(dominantScript(french)?.language).toBe('fr');
    const english = {
      basics: { summary: 'I work on machine learning and the robustness of neural networks at the University of Toronto.' },
      work: [{ name: 'Institut für Informatik', summary: 'Taught the course on probability for the students of the department.' }],
    };
    expect(dominantScript(english)).toBeUndefined();
    // Too few small words to tell.
    expect(dominantScript({ basics: { label: 'Chercheuse en robotique', summary: 'Vision et apprentissage.' } })).toBeUndefined();
  });

  it('leaves out the Latin letters of tags and web addresses in the text (KilianKoch-….json writes its details as HTML)', () => {
    const link = '<a href="https://www.math1.rwth-aachen.de/cms/math1/der-lehrstuhl/team/professorinnen-und-professoren">';
    const resume = { sections: [{ detailsHtml: `${link}講師</a>:<strong>解析学</strong>の演習を担当。` }] };
    expect(dominantScript(resume)?.language).toBe('ja');
    expect(dominantScript({ sections: [{ detailsHtml: `${link}Lecturer</a>: <strong>analysis</strong> tutorials.` }] })).toBeUndefined();
  });

  it('says nothing for Latin text, too little text, or text in addresses and identifiers only', () => {
    expect(dominantScript({ basics: { summary: 'Ich forsche zu maschinellem Lernen in München.' } })).toBeUndefined();
    expect(dominantScript({ basics: { name: 'Иван' } })).toBeUndefined();
    expect(
      dominantScript({
        basics: { url: 'https://例え.jp/研究者/機械学習/大規模言語モデル' },
        meta: { note: 'Научный сотрудник Научный сотрудник' },
      }),
    ).toBeUndefined();
    expect(
      dominantScript({
        basics: { name: 'Tianhao Wu (吴天昊)', summary: 'My research focuses on LLM post-training and alignment at Berkeley.' },
      }),
    ).toBeUndefined();
    for (const value of [undefined, null, 3, 'Научный сотрудник Научный сотрудник Научный'])
      expect(() => dominantScript(value)).not.toThrow();
  });

  it('reads text with unclosed tags and dotted words, which are no tags or addresses', () => {
    const russian = ' Научный сотрудник лаборатории машинного обучения'.repeat(4);
    expect(dominantScript({ basics: { summary: '< '.repeat(10_000) + russian } })?.language).toBe('ru');
    expect(dominantScript({ basics: { summary: `${russian} ${'x.'.repeat(10_000)}<` } })).toBeUndefined();
  });
});

describe('validate()', () => {
  const russian = {
    basics: { name: 'Иван Петров', label: 'Научный сотрудник', summary: 'Занимаюсь машинным обучением и обработкой естественного языка.' },
  };

  const languageWarnings = (resume: object) => validate(resume).filter((problem) => problem.message.includes('names no language'));

  it('warns when the text is clearly not in Latin script and no language is set, at where the locale goes', () => {
    const [warning, ...others] = languageWarnings(russian);
    expect(others).toEqual([]);
    expect(warning).toEqual({ path: '/meta', severity: 'warning', message: expect.stringContaining('"ru"') });
    expect(warning?.message).toContain('Cyrillic');
    expect(languageWarnings({ ...russian, meta: { version: '1' } }).map((problem) => problem.path)).toEqual(['/meta/themeOptions']);
    expect(languageWarnings({ ...russian, meta: { themeOptions: {} } }).map((problem) => problem.path)).toEqual([
      '/meta/themeOptions/locale',
    ]);
  });

  it('names the language of a French CV in Latin letters (dinhviettoanle-….json, romanescherrer-….json)', () => {
    const resume = JSON.parse(
      readFileSync(join(ROOT, 'test/fixtures/real-resumes/romanescherrer-romanescherrer.github.io.json'), 'utf8'),
    ) as object;
    const [warning] = languageWarnings(resume);
    expect(warning?.message).toMatch(/^Most of the text is in French but the resume names no language.*"fr"/);
    expect(languageWarnings({ ...resume, language: 'fr' })).toEqual([]);
  });

  it('is quiet once a language is named, in any of the places the theme reads', () => {
    for (const named of [
      { language: 'ru' },
      { meta: { locale: 'ru' } },
      { meta: { language: 'uk' } },
      { meta: { themeOptions: { locale: 'ru' } } },
    ]) {
      expect(missingLocaleMessage({ ...russian, ...named })).toBeUndefined();
    }
    expect(validate({ basics: { name: 'Ada Lovelace', summary: 'Analytical engines.' } })).toEqual([]);
  });
});
