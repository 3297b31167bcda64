-- The CTO role profile as published in shared/domain/seeds/003 ("Role profile: Chief Technology Officer"),
-- with a five-level proficiency scale aligned to the e-CF (EN 16234-1) levels e-1 to e-5.
-- Indicators are the seed's "You should be able to" lines, word for word.

INSERT INTO proficiency_scale (id, code, name, description) VALUES
 (1, 'ECF', 'e-CF proficiency levels',
  'Five proficiency levels aligned to the European e-Competence Framework (EN 16234-1), e-1 to e-5, which map to EQF levels 3 to 8.');

INSERT INTO proficiency_level (id, scale_id, ordinal, code, name, description) VALUES
 (1, 1, 1, 'e-1', 'Associate',
  'Applies knowledge and skills to solve straightforward problems in a stable setting; responsible for own actions.'),
 (2, 1, 2, 'e-2', 'Professional',
  'Works with capability and independence within agreed boundaries and may supervise others in that setting.'),
 (3, 1, 3, 'e-3', 'Senior Professional',
  'Respected for innovative methods and initiative in a technical or business area; leads and takes responsibility for the performance and development of a team in unpredictable settings.'),
 (4, 1, 4, 'e-4', 'Lead Professional',
  'Brings extensive experience and specialist knowledge; takes responsibility for strategic development and works across organisational boundaries.'),
 (5, 1, 5, 'e-5', 'Principal',
  'Carries overall accountability; recognised inside and outside the organisation for innovative solutions and for shaping the future with leading-edge thinking.');

INSERT INTO skill (id, code, name, description) VALUES
 (1, 'ARCH-DESIGN', 'Architecture Design',
  'Shapes the information systems architecture so that technology serves the enterprise strategy (e-CF A.5).'),
 (2, 'TECH-TRENDS', 'Technology Trend Monitoring',
  'Follows and interprets new technology so that the organisation adopts what matters at the right time (e-CF A.7).'),
 (3, 'INNOVATING', 'Innovating',
  'Turns technological advances into new concepts, products and services (e-CF A.9).'),
 (4, 'BEST-PRACTICE', 'Best Practice Processes, Methods and Tools',
  'Introduces, embeds and evaluates the processes, methods, tools and models the organisation works by.'),
 (5, 'LEADERSHIP', 'Leadership and teamwork',
  'Grows autonomous, high-performing teams and recognises what they achieve.'),
 (6, 'PLANNING', 'Planning and Organisation',
  'Turns the strategic plan into goals, priorities and resourcing for the wider organisation.');

INSERT INTO skill_indicator (skill_id, position, text) VALUES
 (1, 0, 'Provide IT strategic leadership for implementing the enterprise strategy'),
 (1, 1, 'Apply strategic thinking to discover and recognize new patterns in vast data-sets and new IT systems, to achieve business savings'),
 (1, 2, 'Specify, refine, update and make available a formal approach to implement solutions, necessary to develop and operate the IS architecture'),
 (1, 3, 'Identify change requirements and the components involved: hardware, software, applications, processes, information and technology platform'),
 (1, 4, 'Take into account interoperability, scalability, usability and security'),
 (1, 5, 'Maintain alignment between business evolution and technology developments.'),
 (2, 0, 'Investigate latest IT technological developments to establish understanding of evolving technologies'),
 (2, 1, 'Devise innovative solutions for integration of new technology into existing products, applications or services or for the creation of new solutions'),
 (2, 2, 'Provide expert guidance and advice to the leadership team to support strategic decision-making.'),
 (3, 0, 'Devise creative solutions for the provision of new concepts, ideas, products or services'),
 (3, 1, 'Deploy novel and open thinking to envision exploitation of technological advances to address business/society needs or research direction.'),
 (4, 0, 'Identify and lead introduction of relevant best practice processes, tools and models'),
 (4, 1, 'Promote adoption of best practice processes, tools and models'),
 (4, 2, 'Provide advice, coaching and technical support to embed use of best practice processes, tools and models'),
 (4, 3, 'Evaluate effectiveness of best practice processes, tools and models in area of specialism.'),
 (5, 0, 'Support team members to take decisions independently and take the lead in their area of expertise'),
 (5, 1, 'Create an environment where team members consistently push to improve performance and productivity'),
 (5, 2, 'Recognize and promote achievements.'),
 (6, 0, 'Ensure that organizational goals are identified in accordance with the strategic plan'),
 (6, 1, 'Secure and allocate resources in line with strategic direction'),
 (6, 2, 'Set and communicate priorities for the broader organization.');

INSERT INTO role_profile (id, code, name, summary, purpose, scale_id) VALUES
 (1, 'CTO', 'Chief Technology Officer',
  'This profile describes the roles and responsibilities of a Chief Technology Officer, Head of IT or IT Director.',
  'As Chief Technology Officer (CTO), your challenge is to make the right technology choices for the organization. You need to research potential changes in the world of technology, strategically examine the needs of the organization, and be able to orchestrate short and long term plans to ensure that the organization remains productive, competitive, and progressive within the marketplace.',
  1);

INSERT INTO role_profile_responsibility (role_profile_id, position, text) VALUES
 (1, 0, 'Set overall technology standards and practices'),
 (1, 1, 'Make recommendations on technology solutions to senior managers'),
 (1, 2, 'Manage the implementation of technology systems, and monitor their effectiveness'),
 (1, 3, 'Provide technical leadership.');

-- Target levels: the CTO is accountable for strategy-shaping skills (e-5, Principal) and leads,
-- rather than personally owns, the process toolset (e-4, Lead Professional).
INSERT INTO role_profile_skill (id, role_profile_id, skill_id, target_level_id, position) VALUES
 (1, 1, 1, 5, 0),
 (2, 1, 2, 5, 1),
 (3, 1, 3, 5, 2),
 (4, 1, 4, 4, 3),
 (5, 1, 5, 5, 4),
 (6, 1, 6, 5, 5);
