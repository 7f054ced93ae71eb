// The resume `init` writes: every section (the research ones too), and publications with the research
// extension fields, filled with placeholder text that shows what goes where. example.org links and
// 10.5555 DOIs are reserved for examples.

export const starterResume = {
  $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
  basics: {
    name: 'Alex Morgan',
    label: 'PhD Candidate, Computer Science, Example University',
    email: 'alex.morgan@example.org',
    phone: '+1 555 010 0100',
    url: 'https://example.org/~amorgan',
    summary:
      'I work on *machine learning* for scientific discovery: models that learn from little data and explain what they learned. Replace this with two or three sentences about your research.',
    location: { city: 'Springfield', region: 'CA', countryCode: 'US' },
    profiles: [
      { network: 'GitHub', username: 'amorgan', url: 'https://github.com/amorgan' },
      { network: 'Google Scholar', username: 'Alex Morgan', url: 'https://scholar.google.com/citations?user=EXAMPLE' },
    ],
  },
  education: [
    {
      institution: 'Example University',
      url: 'https://example.org',
      area: 'Computer Science',
      studyType: 'PhD',
      startDate: '2021-09',
      score: 'Advisor: Prof. Jordan Lee',
      courses: ['Probabilistic Machine Learning', 'Convex Optimization'],
    },
    {
      institution: 'Sample College',
      area: 'Mathematics',
      studyType: 'BSc',
      startDate: '2017-09',
      endDate: '2021-06',
      score: 'GPA 3.9/4.0',
    },
  ],
  publications: [
    {
      name: 'Learning Physical Laws from Few Examples',
      authors: ['Alex Morgan*', 'Sam Rivera*', 'Jordan Lee'],
      venue: 'NeurIPS 2024',
      publisher: 'Neural Information Processing Systems',
      releaseDate: '2024-12',
      status: 'Accepted',
      award: 'Spotlight',
      type: 'conference',
      selected: true,
      url: 'https://example.org/papers/few-shot-physics',
      doi: '10.5555/example.2024.001',
      arxiv: '2405.00001',
      links: [
        { label: 'Code', url: 'https://github.com/amorgan/few-shot-physics' },
        { label: 'Slides', url: 'https://example.org/slides/few-shot-physics.pdf' },
      ],
      summary: 'A model that recovers conservation laws from **ten** trajectories.',
      highlights: ['Recovers known laws on *five* benchmark systems', 'Open-source code and data'],
    },
    {
      name: 'Explaining What Scientific Models Learn',
      authors: ['Sam Rivera', 'Alex Morgan', 'Jordan Lee'],
      venue: 'ICLR 2025',
      releaseDate: '2024-10',
      status: 'Under Review',
      type: 'preprint',
      arxiv: '2410.00002',
    },
    {
      name: 'Symmetry Priors for Small-Data Regression',
      authors: ['Alex Morgan', 'Jordan Lee'],
      venue: 'ICML Workshop on AI for Science',
      releaseDate: '2023-07',
      type: 'workshop',
      links: [{ label: 'PDF', url: 'https://example.org/papers/symmetry-priors.pdf' }],
    },
  ],
  talks: [
    {
      name: 'Learning Conservation Laws from Ten Trajectories',
      event: 'Example University Machine Learning Seminar',
      location: 'Springfield, CA',
      date: '2024-11-14',
      type: 'Invited',
      links: [{ label: 'Slides', url: 'https://example.org/slides/seminar-2024.pdf' }],
    },
    { name: 'Few-Shot Physics', event: 'NeurIPS 2024', date: '2024-12', type: 'Poster' },
  ],
  teaching: [
    {
      course: 'Introduction to Machine Learning',
      code: 'CS 189',
      institution: 'Example University',
      role: 'Teaching Assistant',
      terms: ['Fall 2022', 'Spring 2023'],
      highlights: ['Led two weekly sections of 30 students'],
    },
  ],
  grants: [
    {
      name: 'Data-Efficient Models for Physical Science',
      funder: 'Example Science Foundation',
      role: 'Co-PI (student)',
      amount: '$50,000',
      startDate: '2024-01',
      endDate: '2025-12',
      status: 'Awarded',
    },
  ],
  mentoring: [
    {
      name: 'Riley Chen',
      degree: 'Undergraduate researcher',
      startDate: '2023-06',
      endDate: '2024-05',
      topic: 'Symmetry-aware data augmentation',
      outcome: 'PhD student at Example Institute of Technology',
    },
  ],
  service: [
    { role: 'Reviewer', organization: 'NeurIPS, ICML', startDate: '2023', highlights: ['Outstanding reviewer, 2024'] },
    {
      role: 'Graduate admissions committee (student member)',
      organization: 'Example University CS',
      startDate: '2024-01',
      endDate: '2024-03',
    },
  ],
  patents: [
    {
      name: 'Method for Learning Conservation Laws from Sparse Trajectories',
      number: 'US 2025/0000001 A1',
      office: 'USPTO',
      status: 'Pending',
      date: '2025-01-09',
      inventors: ['Alex Morgan', 'Jordan Lee'],
    },
  ],
  software: [
    {
      name: 'physlearn',
      description: 'An open-source library for learning dynamics from data.',
      url: 'https://github.com/amorgan/physlearn',
      doi: '10.5281/zenodo.0000001',
      role: 'Maintainer',
      version: '0.4.2',
      license: 'MIT',
      languages: ['Python', 'JAX'],
      releaseDate: '2024-11-02',
    },
  ],
  work: [
    {
      name: 'Example Research Lab',
      position: 'Research Intern',
      location: 'Remote',
      url: 'https://example.org/lab',
      startDate: '2023-06',
      endDate: '2023-09',
      summary: 'Worked on data-efficient surrogate models for fluid simulation.',
      highlights: ['Cut simulation cost by 40% on the lab’s benchmark'],
    },
  ],
  projects: [
    {
      name: 'Open fluid benchmarks',
      description: 'A shared set of simulation benchmarks for learned surrogate models.',
      url: 'https://example.org/fluid-benchmarks',
      roles: ['Organizer'],
      startDate: '2022-01',
      highlights: ['Used in three published studies'],
      keywords: ['Benchmarks', 'Fluid dynamics'],
    },
  ],
  awards: [
    {
      title: 'Graduate Research Fellowship',
      date: '2022-04',
      awarder: 'Example Science Foundation',
      summary: 'Three years of funding for doctoral research.',
    },
  ],
  certificates: [
    { name: 'Research Data Management', date: '2022-02', issuer: 'Example University Library', url: 'https://example.org/rdm' },
  ],
  volunteer: [
    {
      organization: 'Example Science Outreach',
      position: 'Volunteer tutor',
      url: 'https://example.org/outreach',
      startDate: '2021-09',
      summary: 'Weekly maths and physics tutoring for high-school students.',
    },
  ],
  skills: [
    { name: 'Machine learning', level: 'Advanced', keywords: ['PyTorch', 'JAX', 'Bayesian inference'] },
    { name: 'Programming', keywords: ['Python', 'C++', 'Julia'] },
  ],
  languages: [
    { language: 'English', fluency: 'Native speaker' },
    { language: 'Spanish', fluency: 'Professional working proficiency' },
  ],
  interests: [{ name: 'Science communication', keywords: ['Outreach', 'Teaching'] }],
  references: [{ name: 'Prof. Jordan Lee, Example University', reference: 'Available on request.' }],
  meta: {
    // talks, teaching, grants, mentoring, service, patents and software go beyond the standard sections: this lets
    // the JSON Resume registry host them (or write them as projects[] entries with "type": "talk", …).
    skipValidation: true,
    version: 'v1.0.0',
    lastModified: '2025-01-01T00:00:00',
    themeOptions: { nameVariants: ['A. Morgan'], paper: 'a4' },
  },
};
