// A large, valid resume for the benchmark: N publications and M jobs, the same bytes on every run
// (a seeded PRNG, no clock). Standard fields throughout, so every theme has the same work to do;
// publications also carry the research extension (authors, venue, status, links, doi).

/** mulberry32: a small, well-known seeded PRNG. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'learning model language reward policy scaling alignment preference optimization data training ' +
  'inference efficient robust sparse attention transformer diffusion agent planning retrieval memory ' +
  'benchmark evaluation human feedback contrastive representation graph causal uncertainty safety'
).split(' ');
const GIVEN = ['Ada', 'Wei', 'Priya', 'Jonas', 'Amara', 'Diego', 'Yuki', 'Lena', 'Omar', 'Sofia', 'Chen', 'Noor'];
const FAMILY = ['Lovelace', 'Zhang', 'Raman', 'Berg', 'Okafor', 'Silva', 'Tanaka', 'Novak', 'Haddad', 'Rossi', 'Li', 'Khan'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'EMNLP', 'COLM', 'JMLR', 'TMLR', 'CVPR', 'AAAI'];
const STATUSES = ['', '', '', 'Under Review', 'Accepted', 'Preprint', 'To Appear'];
const TYPES = ['conference', 'journal', 'workshop', 'preprint'];
const COMPANIES = ['Acme Research', 'Globex Labs', 'Initech AI', 'Umbrella Data', 'Hooli', 'Stark Analytics'];
const ROLES = ['Research Scientist', 'Research Intern', 'Software Engineer', 'Staff Engineer', 'Postdoctoral Fellow'];

const OWNER = 'Ada Lovelace';

/** `authors`: the least and most authors a paper has. */
export function generateResume({ publications = 1000, jobs = 300, seed = 42, authors: [fewestAuthors, mostAuthors] = [2, 7] } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const words = (count) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = (count) => {
    const text = words(count);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  // Prose with some inline markdown, as people write it.
  const prose = (count) => (random() < 0.3 ? `${sentence(count)} We show **${words(2)}** on *${words(2)}*.` : sentence(count));
  const month = () => String(int(1, 12)).padStart(2, '0');
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;

  const publicationList = Array.from({ length: publications }, (_, index) => {
    const year = 2024 - Math.floor(index / 40);
    const venue = `${pick(VENUES)} ${year}`;
    const authors = Array.from({ length: int(fewestAuthors, mostAuthors) }, person);
    authors[int(0, authors.length - 1)] = random() < 0.2 ? `${OWNER}*` : OWNER;
    const status = pick(STATUSES);
    return {
      name: `${sentence(int(4, 10)).slice(0, -1)} (${index + 1})`,
      publisher: venue,
      releaseDate: `${year}-${month()}-${String(int(1, 28)).padStart(2, '0')}`,
      url: `https://example.org/papers/${year}/${index + 1}`,
      summary: prose(int(12, 30)),
      venue,
      type: pick(TYPES),
      authors,
      ...(status ? { status } : {}),
      links: [
        { label: 'PDF', url: `https://example.org/papers/${index + 1}.pdf` },
        { label: 'Code', url: `https://github.com/example/paper-${index + 1}` },
      ],
      doi: `10.5555/bench.${index + 1}`,
    };
  });

  const jobList = Array.from({ length: jobs }, (_, index) => {
    const start = 2024 - index;
    return {
      name: pick(COMPANIES),
      position: pick(ROLES),
      url: `https://example.com/company/${index + 1}`,
      location: 'Berkeley, CA',
      startDate: `${start}-${month()}-01`,
      endDate: `${start + 1}-${month()}-01`,
      summary: prose(int(10, 25)),
      highlights: Array.from({ length: int(2, 4) }, () => prose(int(6, 14))),
    };
  });

  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: OWNER,
      label: 'Research Scientist',
      email: 'ada@example.org',
      phone: '+1 555 0100',
      url: 'https://example.org',
      summary: 'Researcher in machine learning. I work on **alignment** and *efficient training*.',
      location: { address: '1 Analytical Way', postalCode: '94720', city: 'Berkeley', countryCode: 'US', region: 'California' },
      profiles: [
        { network: 'GitHub', username: 'ada', url: 'https://github.com/ada' },
        { network: 'Twitter', username: 'ada', url: 'https://twitter.com/ada' },
      ],
    },
    work: jobList,
    education: [
      {
        institution: 'University of California, Berkeley',
        url: 'https://berkeley.edu',
        area: 'EECS',
        studyType: 'PhD',
        startDate: '2016-08-01',
        endDate: '2021-05-01',
        score: '4.0',
        courses: ['CS 281A', 'CS 294'],
      },
      { institution: 'University of Cambridge', area: 'Mathematics', studyType: 'BA', startDate: '2012-10-01', endDate: '2016-06-01' },
    ],
    awards: [{ title: 'Best Paper', date: '2023-07-01', awarder: 'ICML', summary: 'For work on reward models.' }],
    publications: publicationList,
    skills: [{ name: 'Machine Learning', level: 'Expert', keywords: ['PyTorch', 'JAX', 'RLHF'] }],
    languages: [{ language: 'English', fluency: 'Native speaker' }],
    interests: [{ name: 'Music', keywords: ['Piano'] }],
    references: [{ name: 'Charles Babbage', reference: 'Ada is the best collaborator I have had.' }],
    projects: [],
    volunteer: [],
    certificates: [],
  };
}
