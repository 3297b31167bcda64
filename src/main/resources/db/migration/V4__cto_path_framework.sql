-- The CTO development framework: one framework on the e-CF scale, six skill groups and the skills
-- in them. Content comes from shared/domain/seeds/000 (responsibilities and skills distilled from
-- real CTO job listings; its section headings are the groups, its bullets the skills and indicators,
-- word for word where a bullet fits, minus markdown emphasis) and from the domain brief
-- (shared/domain/README.md) for the external codes. An e-CF or SFIA code appears only where the
-- brief names a competence or skill that the CTO skill clearly matches; every other code is NULL.
-- Valid on H2 2.x and PostgreSQL alike. Ids below 1000 are reserved for shipped reference data.

-- e-3 Senior Professional is the proficiency threshold: from e-3 a person leads and takes
-- responsibility in unpredictable settings, the first level at which e-CF places Architecture Design (A.5).
UPDATE proficiency_scale SET threshold_ordinal = 3 WHERE id = 1;

INSERT INTO framework (id, code, name, description, scale_id) VALUES
 (1, 'CTO-PATH', 'CTO development framework',
  'The skills a modern CTO needs, drawn from real CTO job listings and grouped by area of responsibility, on the five e-CF proficiency levels.',
  1);

INSERT INTO skill_group (id, framework_id, code, name, description, position) VALUES
 (1, 1, 'TECH-STRATEGY', 'Technical leadership and strategy',
  'Sets the technology strategy and architecture, and leads product development with modern engineering practices.', 0),
 (2, 1, 'BUSINESS-ALIGN', 'Product and business alignment',
  'Partners with executive leadership so that technology drives business goals, transformation and growth.', 1),
 (3, 1, 'OPS-SECURITY', 'Operational excellence and security',
  'Keeps systems secure, compliant, reliable and cost-effective, with robust disaster recovery and risk mitigation.', 2),
 (4, 1, 'PEOPLE-CULTURE', 'People and culture leadership',
  'Builds and mentors high-performing engineering teams and champions diversity, inclusion, collaboration and a culture of innovation.', 3),
 (5, 1, 'STAKEHOLDERS', 'Stakeholder communication and influence',
  'Communicates technical strategy to non-technical stakeholders and represents the technology vision to investors, boards, partners and customers.', 4),
 (6, 1, 'EMERGING', 'Emerging CTO responsibilities',
  'Responsibilities noted as unique in CTO job listings, from AI and automation strategy to sustainability, M&A due diligence and healthcare compliance.', 5);

-- The six skills of the CTO role profile (V2) take their place in the framework.
UPDATE skill SET group_id = 1, position = 0, ecf_code = 'A.5' WHERE id = 1;
UPDATE skill SET group_id = 1, position = 1, ecf_code = 'A.7' WHERE id = 2;
UPDATE skill SET group_id = 1, position = 2, ecf_code = 'A.9' WHERE id = 3;
UPDATE skill SET group_id = 1, position = 3, sfia_code = 'ITSP' WHERE id = 6;
UPDATE skill SET group_id = 3, position = 0, sfia_code = 'METL' WHERE id = 4;
UPDATE skill SET group_id = 4, position = 0 WHERE id = 5;

INSERT INTO skill (id, code, name, description, group_id, position, ecf_code, sfia_code) VALUES
 -- Technical leadership and strategy
 (7, 'TECH-STRATEGY-EXEC', 'Technology strategy',
  'Develops and executes the company’s technology strategy in alignment with business objectives.', 1, 4, NULL, NULL),
 (8, 'SOFTWARE-ARCH-CLOUD', 'Software architecture, cloud and AI/ML',
  'Deep expertise in software architecture, cloud computing, and AI/ML.', 1, 5, NULL, 'ARCH'),
 (9, 'MODERN-DELIVERY', 'Modern development practices',
  'Experience with modern development practices (microservices, DevOps, CI/CD).', 1, 6, NULL, NULL),
 (10, 'PRODUCT-DEV-LEAD', 'Product development leadership',
  'Leads product development from concept to prototype, ensuring scalability and security.', 1, 7, NULL, NULL),
 -- Product and business alignment
 (11, 'BUSINESS-ALIGNMENT', 'Aligning technology with business goals',
  'Partners with executive leadership to align technology with business goals.', 2, 0, NULL, NULL),
 (12, 'DIGITAL-TRANSFORM', 'Digital transformation',
  'Drives digital transformation initiatives.', 2, 1, NULL, NULL),
 (13, 'SCALING-GROWTH', 'Scaling technology for growth',
  'Experience in scaling technology solutions in high-growth environments.', 2, 2, NULL, NULL),
 (14, 'TECH-BUDGET', 'Technology budgets and performance metrics',
  'Manages technology budgets and resources efficiently, measuring engineering performance and reporting on key metrics, including financials.', 2, 3, NULL, 'FMIT'),
 -- Operational excellence and security
 (15, 'CYBERSECURITY', 'Cybersecurity and compliance',
  'Strong knowledge of cybersecurity best practices and compliance with industry standards and regulations.', 3, 1, NULL, 'SCTY'),
 (16, 'INFRA-RELIABILITY', 'Infrastructure optimisation and reliability engineering',
  'Expertise in infrastructure optimization, cost management, and reliability engineering.', 3, 2, NULL, NULL),
 (17, 'DR-RISK', 'Disaster recovery and risk mitigation',
  'Implementation of robust disaster recovery and risk mitigation strategies.', 3, 3, NULL, 'BURM'),
 -- People and culture leadership
 (18, 'TEAM-BUILDING', 'Building and mentoring high-performing teams',
  'Proven track record of building and mentoring high-performing engineering teams.', 4, 1, NULL, NULL),
 (19, 'INCLUSION-INNOVATION', 'Diversity, inclusion and a culture of innovation',
  'Champions diversity, inclusion, and a culture of innovation.', 4, 2, NULL, NULL),
 (20, 'GLOBAL-COLLAB', 'Collaboration across global teams',
  'Ability to foster collaboration across global teams.', 4, 3, NULL, NULL),
 -- Stakeholder communication and influence
 (21, 'EXEC-COMMS', 'Communicating technical strategy',
  'Communicates complex technical strategies to non-technical stakeholders.', 5, 0, NULL, NULL),
 (22, 'INVESTOR-BOARD', 'Engaging investors, boards and partners',
  'Engages with investors, board members, and external partners.', 5, 1, NULL, 'RLMT'),
 (23, 'INVESTMENT-BUYIN', 'Driving buy-in for technology investments',
  'Ability to drive buy-in for major technology investments.', 5, 2, NULL, NULL),
 (24, 'EXTERNAL-VISION', 'Representing the technology vision externally',
  'Represents the company’s technology vision to external stakeholders, including investors, partners, and customers.', 5, 3, NULL, NULL),
 -- Emerging CTO responsibilities ("Unique Responsibilities Noted in Job Listings")
 (25, 'AI-AUTOMATION', 'AI and automation strategy',
  'Lead the adoption of AI-driven technologies and automation frameworks.', 6, 0, NULL, NULL),
 (26, 'TECH-HUMAN-DEBT', 'Tech debt and human debt management',
  'Balance innovation with sustainable tech and people practices.', 6, 1, NULL, NULL),
 (27, 'CLOUD-COST', 'Cloud cost optimisation',
  'Optimize cloud spending while ensuring performance.', 6, 2, NULL, 'COMG'),
 (28, 'DATA-ANALYTICS', 'Data and analytics leadership',
  'Implement data-driven decision-making frameworks.', 6, 3, NULL, NULL),
 (29, 'SUSTAINABILITY-ESG', 'Sustainability and ESG',
  'Drive green computing and ethical AI adoption.', 6, 4, NULL, NULL),
 (30, 'MA-DUE-DILIGENCE', 'M&A technology due diligence',
  'Lead technology evaluations during mergers and acquisitions.', 6, 5, NULL, NULL),
 (31, 'TRANSFORMATION-STRATEGY', 'Transformation strategy',
  'Develop and implement a comprehensive transformation strategy aligned with the organization''s goals and objectives.', 6, 6, NULL, NULL),
 (32, 'OPERATIONAL-EXCELLENCE', 'Operational excellence',
  'Drive operational efficiency by identifying and implementing process improvements, automation, and optimization initiatives. Streamline workflows, eliminate redundancies, and enhance productivity across departments.', 6, 7, NULL, NULL),
 (33, 'HEALTHCARE-COMPLIANCE', 'Healthcare IT compliance (HL7, FHIR, HIPAA)',
  'Familiarity with healthcare IT standards like HL7, FHIR, and HIPAA compliance.', 6, 8, NULL, NULL);

-- What a person at the target level "should be able to" do. Seed bullets word for word where one fits;
-- the others are the seed's wording turned into an action.
INSERT INTO skill_indicator (skill_id, position, text) VALUES
 (7, 0, 'Develop and execute the company’s technology strategy in alignment with business objectives'),
 (7, 1, 'Evaluate and implement emerging technologies to maintain a competitive edge'),
 (8, 0, 'Oversee the development, security, and maintenance of software architecture and infrastructure'),
 (8, 1, 'Apply deep expertise in software architecture, cloud computing, and AI/ML to technology decisions'),
 (9, 0, 'Apply modern development practices (microservices, DevOps, CI/CD) across engineering teams'),
 (10, 0, 'Lead product development from concept to prototype, ensuring scalability and security'),
 (10, 1, 'Work closely with product, operations, and business teams to drive technical solutions'),
 (11, 0, 'Partner with executive leadership to align technology with business goals'),
 (12, 0, 'Drive digital transformation initiatives'),
 (13, 0, 'Scale technology solutions in high-growth environments'),
 (14, 0, 'Measure and analyse team performance (throughput, quality, utilisation, profitability)'),
 (14, 1, 'Implement improvements based on performance metrics to enhance customer satisfaction and profitability'),
 (14, 2, 'Maintain transparency in engineering performance and report on key metrics, including financials'),
 (15, 0, 'Ensure compliance with industry standards, regulations, and cybersecurity best practices'),
 (16, 0, 'Optimise infrastructure for performance and cost, and apply reliability engineering to keep systems dependable'),
 (17, 0, 'Implement robust disaster recovery and risk mitigation strategies'),
 (18, 0, 'Lead and scale a high-performing engineering team, fostering a culture of collaboration and innovation'),
 (18, 1, 'Build and mentor high-performing engineering teams'),
 (19, 0, 'Champion diversity, inclusion, and a culture of innovation'),
 (20, 0, 'Foster collaboration across global teams'),
 (21, 0, 'Communicate complex technical strategies to non-technical stakeholders'),
 (22, 0, 'Engage with investors, board members, and external partners'),
 (23, 0, 'Drive buy-in for major technology investments'),
 (24, 0, 'Represent the company’s technology vision to external stakeholders, including investors, partners, and customers'),
 (24, 1, 'Represent the company in technical discussions, partnerships, and industry events'),
 (24, 2, 'Contribute to technical marketing efforts, including client case studies, technical specifications, and feature descriptions'),
 (25, 0, 'Lead the adoption of AI-driven technologies and automation frameworks'),
 (26, 0, 'Balance innovation with sustainable tech and people practices'),
 (27, 0, 'Optimize cloud spending while ensuring performance'),
 (28, 0, 'Implement data-driven decision-making frameworks'),
 (29, 0, 'Drive green computing and ethical AI adoption'),
 (30, 0, 'Lead technology evaluations during mergers and acquisitions'),
 (31, 0, 'Develop and implement a comprehensive transformation strategy aligned with the organization''s goals and objectives'),
 (32, 0, 'Drive operational efficiency by identifying and implementing process improvements, automation, and optimization initiatives'),
 (32, 1, 'Streamline workflows, eliminate redundancies, and enhance productivity across departments'),
 (33, 0, 'Apply healthcare IT standards like HL7 and FHIR, and ensure HIPAA compliance');
