// Research projects as researchers write them (test/fixtures/real-resumes): a status, the people, the
// venue or affiliation, the funding and tags (NeutrinoLiu-….json, ysnrski-….json, QEASONT-….json), and
// Lattes exports' funding agencies and coded statuses (carlosdenner-academic-cv.json).
import { toView } from '../../src/view';
import { readableCode } from '../../src/model/keys';
import { render } from '../helpers/untypedRender';
import { parseHtml, byClass, textOf } from '../helpers/html';
import { entriesOf, notShown, section } from '../helpers/views';

const projectsOf = (resume: unknown) => entriesOf(section(toView(resume), 'projects'));

describe('a research project', () => {
  const resume = {
    basics: { name: 'Bangya Liu' },
    projects: [
      {
        title: 'Behavior Uncloning',
        authors: [{ name: 'Hao Wang' }, { name: 'Bangya Liu' }, { name: 'Zhiwen Fan' }],
        year: 2026,
        status: 'in_submission',
        venue: 'ECCV',
        affiliation: 'ByteDance Internship',
        tags: ['Embodied AI', 'VLA'],
        links: { paper: 'https://arxiv.org/abs/2606.29201' },
      },
      {
        name: '柔軟圧電コンポーネント',
        funding: '日本学術振興会 科学研究費助成事業',
        startDate: '2023-04-01',
        status: '正在提交至VLDB 2026',
      },
      {
        title: 'Rede Estadual',
        status: 'EM_ANDAMENTO',
        funding_agencies: [{ name: 'CAPES' }, { name: '' }, { name: 'CNPq' }],
        keywords: ['redes'],
        tags: ['ignored beside keywords'],
      },
    ],
  };

  it('shows its status as a badge, its people with the owner found, its venue, affiliation and funding, its tags', () => {
    const [paper, funded, lattes] = projectsOf(resume);
    expect(paper).toMatchObject({ badge: 'In submission', subtitle: 'ByteDance Internship · ECCV', keywords: ['Embodied AI', 'VLA'] });
    expect(paper?.people).toEqual([
      { name: 'Hao Wang', marks: '', isOwner: false },
      { name: 'Bangya Liu', marks: '', isOwner: true },
      { name: 'Zhiwen Fan', marks: '', isOwner: false },
    ]);
    expect(funded).toMatchObject({ badge: '正在提交至VLDB 2026', subtitle: '日本学術振興会 科学研究費助成事業' });
    expect(lattes).toMatchObject({ badge: 'Em andamento', subtitle: 'CAPES, CNPq', keywords: ['redes'] });
  });

  it('is laid out as the page shows any dated entry: the owner in bold among the authors', () => {
    const page = parseHtml(render(resume));
    expect(byClass(page, 'badge').map(textOf)).toEqual(['In submission', '正在提交至VLDB 2026', 'Em andamento']);
    expect(byClass(page, 'owner').map(textOf)).toEqual(['Bangya Liu']);
    expect(byClass(page, 'authors').map(textOf)).toEqual(['Hao Wang, Bangya Liu, Zhiwen Fan']);
  });

  it('names only the tags that keywords hide', () => {
    expect(notShown(resume)).toEqual(['/projects/2/tags']);
  });

  it('keeps an author list written as one string of names, as patents keep inventors', () => {
    const [project] = projectsOf({ projects: [{ name: 'P', authors: 'Ann Lee and Bo Chen' }] });
    expect(project?.people.map((person) => person.name)).toEqual(['Ann Lee', 'Bo Chen']);
  });
});

describe('readableCode', () => {
  it('makes words of snake_case and of long capitals, and leaves other text as written', () => {
    expect(['in_submission', 'EM_ANDAMENTO', 'CONCLUIDO', 'accepted', 'NSF', 'Under review', 'arXiv', 'in_2024'].map(readableCode)).toEqual(
      ['In submission', 'Em andamento', 'Concluido', 'accepted', 'NSF', 'Under review', 'arXiv', 'in_2024'],
    );
  });
});
