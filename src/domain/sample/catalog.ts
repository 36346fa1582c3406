// Fictional sample content. The sample-data generator builds labelled sample
// actions, quarterly updates and benchmarks from it so the dashboard can be
// demonstrated and tested. None of it is PEF's own plan content, figures,
// partners or staff; names of local places only make the samples read true.

import type { FocusAreaId, PriorityId, StatusId, StudentGroupId } from '../../contract/ids';

export interface ActionTemplate {
  title: string;
  description: string;
  strategyIndex: number | null;
  studentGroups: readonly StudentGroupId[];
  // Work that answers a dated event cannot start before it.
  notBefore?: string;
}

export const actionCatalog: Record<PriorityId, Record<FocusAreaId, readonly ActionTemplate[]>> = {
  'teachers-leaders': {
    'strategic-alignment': [
      {
        title: 'Teacher pipeline agreement with PUSD Human Resources',
        description:
          'A memorandum of understanding sets shared hiring and retention goals; PEF funds recruitment fairs and HR shares anonymized pipeline data each semester.',
        strategyIndex: 0,
        studentGroups: ['all-students'],
      },
      {
        title: 'Shared retention dashboard for teachers of color',
        description:
          'A data agreement with PUSD tracks first- to fifth-year retention of teachers of color, reviewed each quarter with the district HR leadership team.',
        strategyIndex: 3,
        studentGroups: ['african-american', 'hispanic'],
      },
      {
        title: 'Bilingual teacher recruitment plan tied to dual-language goals',
        description:
          "Align PEF recruitment support with the district's dual-language immersion expansion so Spanish, Mandarin and Armenian programs are fully staffed.",
        strategyIndex: 0,
        studentGroups: ['english-learners', 'hispanic', 'asian'],
      },
      {
        title: 'Principal leadership pathway co-designed with district leaders',
        description:
          'Work with the Superintendent’s cabinet to define competencies and a two-year pathway for assistant principals ready to lead PUSD schools.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
    ],
    'community-building': [
      {
        title: 'Faces of PUSD educator storytelling campaign',
        description:
          'Short profiles and videos of PUSD teachers and leaders of color shared through local media, donor newsletters and community events.',
        strategyIndex: 2,
        studentGroups: ['african-american', 'hispanic', 'filipino'],
      },
      {
        title: 'School tours for realtors, employers and new residents',
        description:
          'Quarterly campus tours for Pasadena and Altadena realtors, employer HR leads and newly arrived families to narrow the gap between perception and reality.',
        strategyIndex: 1,
        studentGroups: ['all-students', 'white'],
      },
      {
        title: 'Teacher Appreciation Week classroom grants from local donors',
        description:
          'Neighborhood businesses and donors fund $300 classroom grants presented to teachers at every campus during Teacher Appreciation Week.',
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
      {
        title: 'Below-market rentals for first-year teachers',
        description:
          'Partner with Pasadena-area landlords and a community land trust to offer discounted rentals so new teachers can afford to live near their schools.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
    ],
    'programs-projects': [
      {
        title: 'Teacher residency stipends with Pasadena City College',
        description:
          'Living stipends for residents who co-teach a full year in a PUSD classroom while earning a credential, with priority for candidates from the community.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'african-american', 'hispanic'],
      },
      {
        title: 'Paraeducator-to-teacher tuition support',
        description:
          'Tuition grants and exam-fee coverage help PUSD instructional aides earn teaching credentials, with a focus on special education and bilingual roles.',
        strategyIndex: 0,
        studentGroups: ['students-with-disabilities', 'english-learners'],
      },
      {
        title: 'Mentoring circles for first- and second-year teachers',
        description:
          'Monthly small-group mentoring led by veteran PUSD teachers, with release-time stipends funded by PEF.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
      {
        title: 'Aspiring administrators fellowship for educators of color',
        description:
          'A one-year cohort with coaching, shadowing and exam preparation for teachers of color preparing for school leadership roles.',
        strategyIndex: null,
        studentGroups: ['african-american', 'hispanic', 'asian'],
      },
    ],
    'voice-agency': [
      {
        title: 'Teacher Voice Advisory Council',
        description:
          'Twelve teachers from across grade levels meet with PEF staff each quarter to shape grant priorities and report classroom needs to district leaders.',
        strategyIndex: 4,
        studentGroups: ['all-students'],
      },
      {
        title: 'Annual PUSD educator experience survey',
        description:
          'An anonymous survey of teachers and school leaders on workload, support and belonging, with results shared back to every school site.',
        strategyIndex: 4,
        studentGroups: ['all-students'],
      },
      {
        title: 'Teacher-led innovation mini-grants judged by peers and students',
        description:
          'Teachers pitch classroom ideas to a panel of fellow teachers and high school students, who choose which projects PEF funds.',
        strategyIndex: 4,
        studentGroups: ['all-students', 'two-or-more-races'],
      },
      {
        title: 'Student-led "Why I Teach" interview series',
        description:
          'Journalism students interview PUSD teachers about their paths into teaching and publish the stories online and in the school paper.',
        strategyIndex: 2,
        studentGroups: ['two-or-more-races', 'filipino'],
      },
    ],
  },

  wellness: {
    'strategic-alignment': [
      {
        title: 'Community Schools partnership agreement with PUSD',
        description:
          "Align PEF grantmaking with the district's state Community Schools grant so every campus completes a coordinator-led needs assessment.",
        strategyIndex: 0,
        studentGroups: ['all-students', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Shared chronic absenteeism goals with the student wellness office',
        description:
          'Agree on district-wide absenteeism targets and direct PEF-funded attendance supports to the schools with the highest rates.',
        strategyIndex: null,
        studentGroups: ['homeless-youth', 'foster-youth', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Data agreement for Healthy Kids Survey results',
        description:
          'A data-sharing agreement lets PEF see school-level climate survey results to target wellness grants and report progress to donors.',
        strategyIndex: 1,
        studentGroups: ['all-students'],
      },
      {
        title: 'Mental health provider coordination table',
        description:
          'A quarterly convening of PUSD counselors, county behavioral health and nonprofit providers to map services by school and cut duplicate referrals.',
        strategyIndex: 1,
        studentGroups: ['students-with-disabilities', 'foster-youth'],
      },
    ],
    'community-building': [
      {
        title: 'Family Wellness Nights at Community School hubs',
        description:
          'Evening events with dinner, health screenings and workshops on sleep, screen time and stress, run with local clinics and faith groups.',
        strategyIndex: 0,
        studentGroups: ['hispanic', 'english-learners', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Multilingual parent text line for wellness resources',
        description:
          'Weekly text messages in English, Spanish, Armenian, Mandarin and Tagalog connect families to counseling, food and health resources.',
        strategyIndex: 1,
        studentGroups: ['english-learners', 'asian', 'filipino'],
      },
      {
        title: 'Clothing and hygiene closets stocked by community drives',
        description:
          'Service clubs and congregations keep closets at each secondary school stocked so students can get essentials discreetly.',
        strategyIndex: 0,
        studentGroups: ['homeless-youth', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Volunteer mentors for students in foster care',
        description:
          'Screened community volunteers meet weekly with middle and high school students in foster care, coordinated with the district foster youth liaison.',
        strategyIndex: 2,
        studentGroups: ['foster-youth'],
      },
    ],
    'programs-projects': [
      {
        title: 'Restorative practices training for middle school staff',
        description:
          'Training and coaching for teachers, counselors and campus aides on restorative circles as an alternative to suspension.',
        strategyIndex: 2,
        studentGroups: ['all-students', 'african-american'],
      },
      {
        title: 'Wellness rooms in elementary schools',
        description:
          'Calm-down spaces with sensory tools and trained staff where students can regulate and return to class within 15 minutes.',
        strategyIndex: 2,
        studentGroups: ['students-with-disabilities', 'all-students'],
      },
      {
        title: 'Attendance mentors for chronically absent students',
        description:
          'Paid mentors check in daily with students missing 10% or more of school days and work with families on barriers like transportation.',
        strategyIndex: 2,
        studentGroups: ['homeless-youth', 'foster-youth'],
      },
      {
        title: 'School garden and nutrition program at Community Schools',
        description:
          'Garden-based lessons and family cooking classes at four elementary Community Schools, supported by a local farm partner.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged'],
      },
    ],
    'voice-agency': [
      {
        title: 'Student Wellness Ambassadors at every secondary school',
        description:
          'Trained student ambassadors run peer check-ins, lead campaigns on mental health and advise principals on climate.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
      {
        title: 'Student-written questions for the school climate survey',
        description:
          'A student design team adds its own questions to the annual climate survey and presents the findings to the Board of Education.',
        strategyIndex: 3,
        studentGroups: ['all-students', 'two-or-more-races'],
      },
      {
        title: 'Parent café listening sessions on school climate',
        description:
          'Small facilitated conversations in English and Spanish where parents share what makes their children feel safe and welcome at school.',
        strategyIndex: 1,
        studentGroups: ['hispanic', 'african-american'],
      },
      {
        title: 'Cultural affinity club wellness grants',
        description:
          'Student-run affinity clubs apply for small grants to host wellness gatherings and cultural events they design themselves.',
        strategyIndex: 3,
        studentGroups: ['american-indian-alaska-native', 'pacific-islander', 'filipino'],
      },
      {
        title: 'Native American student talking circle',
        description:
          'A monthly circle led by a Native educator and an elder where Native students across PUSD connect and shape supports for themselves.',
        strategyIndex: 3,
        studentGroups: ['american-indian-alaska-native'],
      },
    ],
  },

  'academic-benchmarks': {
    'strategic-alignment': [
      {
        title: 'Academic goals framework co-signed with PUSD Educational Services',
        description:
          'A written framework names the benchmarks PEF supports, how progress is measured and when PEF and district leaders review results together.',
        strategyIndex: 0,
        studentGroups: ['all-students'],
      },
      {
        title: 'Annual improvement project: grade 3 reading',
        description:
          'PEF and PUSD adopt one shared improvement project each year; this year it is third-grade reading at eight focus elementary schools.',
        strategyIndex: 2,
        studentGroups: ['english-learners', 'african-american', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Quarterly benchmark review with the Superintendent’s cabinet',
        description:
          'A standing meeting to review interim assessment data against shared goals and adjust PEF-funded supports mid-year.',
        strategyIndex: 0,
        studentGroups: ['all-students'],
      },
      {
        title: 'Aligning PEF grants with the district LCAP goals',
        description:
          "Map every PEF academic grant to a goal in the district's Local Control and Accountability Plan so funds add to, rather than duplicate, district spending.",
        strategyIndex: null,
        studentGroups: ['english-learners', 'foster-youth', 'socioeconomically-disadvantaged'],
      },
    ],
    'community-building': [
      {
        title: 'Community Reading Week with volunteer guest readers',
        description:
          'Local leaders, firefighters, authors and alumni read aloud in every TK-5 classroom and donate a book to each class library.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
      {
        title: 'Corporate tutoring volunteer corps',
        description:
          'Employees from Pasadena-area companies tutor an hour a week on paid volunteer time, matched to schools by PEF.',
        strategyIndex: 1,
        studentGroups: ['socioeconomically-disadvantaged', 'hispanic'],
      },
      {
        title: 'Summer reading challenge with the public library',
        description:
          'Library cards, book bundles and reading logs for every elementary student, with prizes donated by local bookstores.',
        strategyIndex: 1,
        studentGroups: ['english-learners', 'all-students'],
      },
      {
        title: 'Family Math Nights at elementary schools',
        description:
          'Game-based math evenings where families learn the strategies their children use in class, with materials in several languages.',
        strategyIndex: 3,
        studentGroups: ['hispanic', 'filipino', 'english-learners'],
      },
    ],
    'programs-projects': [
      {
        title: 'High-dosage math tutoring for grade 8',
        description:
          'Trained tutors work with groups of three students three times a week during the school day, aligned to the district math curriculum.',
        strategyIndex: 2,
        studentGroups: ['socioeconomically-disadvantaged', 'hispanic', 'african-american'],
      },
      {
        title: 'Structured literacy training for K-3 teachers',
        description:
          'Coursework and in-class coaching on phonics and foundational reading for K-3 teachers at focus schools.',
        strategyIndex: 2,
        studentGroups: ['english-learners', 'students-with-disabilities'],
      },
      {
        title: 'Newcomer academic support kits',
        description:
          'Bilingual dictionaries, leveled readers and device apps for students new to the country, chosen with English learner specialists.',
        strategyIndex: 1,
        studentGroups: ['english-learners', 'asian'],
      },
      {
        title: 'Credit recovery and A-G completion coaching',
        description:
          'Coaches help high school students recover credits and complete the A-G courses required for UC and CSU admission.',
        strategyIndex: 1,
        studentGroups: ['foster-youth', 'homeless-youth', 'pacific-islander'],
      },
      {
        title: 'Algebra readiness summer bridge',
        description:
          'A four-week summer program before ninth grade that builds algebra foundations and study habits, with transportation provided.',
        strategyIndex: null,
        studentGroups: ['all-students', 'african-american'],
      },
    ],
    'voice-agency': [
      {
        title: 'Student-led goal-setting conferences in grades 6-8',
        description:
          'Students present their own reading and math goals and progress to families, replacing the traditional teacher-led conference.',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
      {
        title: 'Parent advisory panel on benchmark reports',
        description:
          'A panel of parents reviews how benchmark results are explained to families and recommends clearer, translated report formats.',
        strategyIndex: 3,
        studentGroups: ['english-learners', 'hispanic'],
      },
      {
        title: 'Student Math Ambassadors peer tutoring',
        description:
          'High school students who have completed advanced math tutor middle schoolers after school and help design the sessions.',
        strategyIndex: 3,
        studentGroups: ['asian', 'two-or-more-races', 'hispanic'],
      },
      {
        title: 'Teacher design team for the annual improvement project',
        description:
          "Classroom teachers from the focus schools help choose the year's improvement strategies and the measures used to judge them.",
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
    ],
  },

  opportunities: {
    'strategic-alignment': [
      {
        title: 'Inventory of arts, athletics and after-school programs by school',
        description:
          'Build and update each year, with district leadership, a school-by-school inventory of enrichment offerings and who funds them.',
        strategyIndex: 0,
        studentGroups: ['all-students'],
      },
      {
        title: 'Annual enrichment equity gap review',
        description:
          'Compare access to enrichment across schools and student groups and agree with PUSD leaders on the three gaps to close next year.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'african-american', 'students-with-disabilities'],
      },
      {
        title: 'Expanded learning coordination agreement',
        description:
          "Coordinate PEF-funded programs with the district's state-funded expanded learning program so after-school and summer slots are not duplicated.",
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'english-learners'],
      },
      {
        title: 'Pilot-to-scale criteria agreed with PUSD leadership',
        description:
          'Shared criteria for when a PEF pilot is ready to grow, and who funds it at each stage, signed off by the district before pilots launch.',
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
    ],
    'community-building': [
      {
        title: 'Arts partner network with Pasadena cultural institutions',
        description:
          'Museums, theaters and music schools offer field trips, residencies and free passes through a single PEF-coordinated request process.',
        strategyIndex: 1,
        studentGroups: ['all-students'],
      },
      {
        title: 'Athletic equipment and uniform drive',
        description:
          'Sporting goods donors and youth leagues supply equipment and uniforms so no student is kept off a team by cost.',
        strategyIndex: 1,
        studentGroups: ['socioeconomically-disadvantaged'],
      },
      {
        title: 'Family needs survey through PTAs and parent groups',
        description:
          'PTAs, booster clubs and parent groups run a short survey each spring on which programs families want and what keeps children out.',
        strategyIndex: 3,
        studentGroups: ['hispanic', 'english-learners'],
      },
      {
        title: 'Summer camp scholarships funded by donors',
        description:
          'Donor-funded scholarships cover camp fees and transportation for students who would otherwise miss summer programs.',
        strategyIndex: 3,
        studentGroups: ['foster-youth', 'homeless-youth'],
      },
      {
        title: 'Cultural heritage showcase with community groups',
        description:
          'A spring festival organized with local cultural associations where students perform music and dance from their heritage.',
        strategyIndex: 3,
        studentGroups: ['filipino', 'pacific-islander', 'american-indian-alaska-native'],
      },
    ],
    'programs-projects': [
      {
        title: 'Elementary instrument lending library',
        description:
          'Refurbished instruments lent free to elementary students in beginning band and strings, with repairs covered by PEF.',
        strategyIndex: 2,
        studentGroups: ['socioeconomically-disadvantaged', 'all-students'],
      },
      {
        title: 'Middle school robotics clubs pilot',
        description:
          'Robotics clubs at three middle schools with coaches and competition fees funded; results decide whether to expand district-wide.',
        strategyIndex: 2,
        studentGroups: ['hispanic', 'two-or-more-races'],
      },
      {
        title: 'Adaptive sports program for students with disabilities',
        description:
          'Unified sports teams that pair students with and without disabilities, with coaches trained in adaptive techniques.',
        strategyIndex: 2,
        studentGroups: ['students-with-disabilities'],
      },
      {
        title: 'After-school theater pilot at three elementary schools',
        description:
          'Teaching artists run a 10-week theater program ending in a family performance; attendance and feedback guide scale-up.',
        strategyIndex: 2,
        studentGroups: ['all-students', 'english-learners'],
      },
      {
        title: 'Accelerated math pathway support',
        description:
          'Test prep, summer coursework and counseling so more students from underrepresented groups enter advanced math in high school.',
        strategyIndex: null,
        studentGroups: ['african-american', 'hispanic'],
      },
    ],
    'voice-agency': [
      {
        title: 'Youth grantmaking committee for enrichment mini-grants',
        description:
          'High school students review applications and award PEF enrichment mini-grants to clubs and teachers across the district.',
        strategyIndex: 2,
        studentGroups: ['all-students', 'two-or-more-races'],
      },
      {
        title: 'Student athlete leadership council',
        description:
          'Team captains from every high school advise on athletics equity, facilities and travel costs and plan a joint community service day.',
        strategyIndex: 1,
        studentGroups: ['all-students'],
      },
      {
        title: 'Family advisory board for expanded learning',
        description:
          'Parents of students in after-school and summer programs meet each term to review schedules, quality and unmet needs.',
        strategyIndex: 3,
        studentGroups: ['english-learners', 'hispanic'],
      },
      {
        title: 'Student-designed neighborhood mural project',
        description:
          'Students research their neighborhood history and design murals with local artists, choosing themes and sites themselves.',
        strategyIndex: null,
        studentGroups: ['two-or-more-races', 'white', 'american-indian-alaska-native'],
      },
    ],
  },

  technology: {
    'strategic-alignment': [
      {
        title: 'Joint device and connectivity needs assessment with PUSD',
        description:
          'Work with the district technology office to review device age, repair rates and hotspot use by school and agree on the largest gaps.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'homeless-youth'],
      },
      {
        title: 'Home internet access mapping agreement',
        description:
          'A data agreement to map household connectivity gaps by neighborhood so low-cost internet outreach goes where it is needed most.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'english-learners'],
      },
      {
        title: 'Student data privacy and AI guidance working group',
        description:
          'District leaders, teachers and PEF advisors draft shared guidance on classroom AI tools and student data privacy.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
      {
        title: 'Technology equity plan aligned to instructional goals',
        description:
          "A multi-year plan, co-written with PUSD, linking PEF technology grants to the district's instructional priorities.",
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
    ],
    'community-building': [
      {
        title: 'Tech volunteer corps from the local engineering community',
        description:
          'Engineers and scientists from Pasadena labs and startups volunteer as club mentors, career-day speakers and science fair judges.',
        strategyIndex: 1,
        studentGroups: ['all-students'],
      },
      {
        title: 'Device donation and refurbishment drive',
        description:
          'Local businesses donate retired laptops that are wiped, refurbished and given to families without a home computer.',
        strategyIndex: 0,
        studentGroups: ['socioeconomically-disadvantaged', 'homeless-youth'],
      },
      {
        title: 'Innovation advisory network of local tech partners',
        description:
          'A network of companies and researchers meets twice a year to brief PEF and PUSD on emerging tools and their classroom uses.',
        strategyIndex: 3,
        studentGroups: ['all-students'],
      },
      {
        title: 'Family digital literacy workshops',
        description:
          'Saturday workshops in English and Spanish on the parent portal, online safety and supporting homework with school devices.',
        strategyIndex: null,
        studentGroups: ['english-learners', 'hispanic'],
      },
    ],
    'programs-projects': [
      {
        title: 'Teacher data fluency training series',
        description:
          'Paid after-school sessions where teachers learn to read assessment dashboards and plan small-group instruction from the data.',
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
      {
        title: 'Classroom technology innovation grants',
        description:
          'Grants for teachers who complete PEF training to try new tools, with a short report on student outcomes at year end.',
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
      {
        title: 'Assistive technology lending library',
        description:
          'Text-to-speech devices, adaptive keyboards and communication tablets lent to students while district evaluations are pending.',
        strategyIndex: 0,
        studentGroups: ['students-with-disabilities'],
      },
      {
        title: 'Paid tech internships for high school seniors',
        description:
          'Summer internships with local tech employers, with stipends so students who need summer income can take part.',
        strategyIndex: 1,
        studentGroups: ['socioeconomically-disadvantaged', 'african-american', 'pacific-islander'],
      },
      {
        title: 'Computer science summer camp for middle schoolers',
        description:
          'A two-week coding and design camp hosted on a local college campus, free for students and with transportation provided.',
        strategyIndex: 1,
        studentGroups: ['hispanic', 'african-american'],
      },
    ],
    'voice-agency': [
      {
        title: 'Student tech help desk',
        description:
          'Trained high school students run a help desk that fixes common device problems and earns them IT certification hours.',
        strategyIndex: 1,
        studentGroups: ['all-students'],
      },
      {
        title: 'Teacher tech coaches council',
        description:
          'Teacher tech leads from each school share what works, set training topics and give feedback on district platforms.',
        strategyIndex: 2,
        studentGroups: ['all-students'],
      },
      {
        title: 'Student AI use survey and youth recommendations',
        description:
          'Students survey peers on how they use AI tools and present recommendations to the district working group.',
        strategyIndex: 3,
        studentGroups: ['all-students', 'asian'],
      },
      {
        title: 'Student app and game design showcase',
        description:
          'An annual showcase where students present apps and games they built, judged by local tech volunteers.',
        strategyIndex: 1,
        studentGroups: ['two-or-more-races', 'white', 'asian'],
      },
    ],
  },

  // No strategies in this priority: the plan keeps it open for whatever arises.
  'respond-to-change': {
    'strategic-alignment': [
      {
        title: 'Eaton fire recovery coordination with PUSD',
        description:
          'Weekly coordination with district leaders after the January 2025 Eaton fire to match donated funds to displaced Altadena students, staff and schools.',
        notBefore: '2025-Q1',
        strategyIndex: null,
        studentGroups: ['homeless-youth', 'all-students'],
      },
      {
        title: 'Support for enrollment decline and consolidation planning',
        description:
          'Fund independent facilitation and translated outreach as PUSD weighs school consolidation, so affected families are heard before decisions.',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
      {
        title: 'New state funding scan with the district grants office',
        description:
          'Track new state grant programs each quarter and decide with PUSD which ones PEF can help apply for or match.',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
      {
        title: 'Rapid-response grant criteria agreed with district cabinet',
        description:
          'Pre-agreed criteria and a 30-day decision window so PEF can fund urgent requests from schools without a full grant cycle.',
        strategyIndex: null,
        studentGroups: ['socioeconomically-disadvantaged'],
      },
    ],
    'community-building': [
      {
        title: 'Emergency fund for PUSD families displaced by wildfire',
        description:
          'A donor-funded relief fund giving direct grants for housing, clothing and supplies to PUSD families who lost homes in the Eaton fire.',
        notBefore: '2025-Q1',
        strategyIndex: null,
        studentGroups: ['homeless-youth', 'socioeconomically-disadvantaged'],
      },
      {
        title: 'Staff relief fund for educators who lost homes',
        description:
          'Grants for PUSD teachers and staff displaced by wildfire so they can stay in their jobs while they rebuild.',
        notBefore: '2025-Q1',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
      {
        title: 'Welcome events for students at merged school sites',
        description:
          'Family picnics and campus tours, hosted with PTAs, for students moving to a new school after a consolidation.',
        strategyIndex: null,
        studentGroups: ['all-students', 'students-with-disabilities'],
      },
      {
        title: 'Education funding advocacy coalition',
        description:
          'Join parent groups and local nonprofits to brief state legislators on school funding needs in Pasadena and Altadena.',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
    ],
    'programs-projects': [
      {
        title: 'Rapid-response classroom grants',
        description:
          'Grants of up to $2,500 decided within 30 days for urgent needs such as replacing lost materials or covering emergency transport.',
        strategyIndex: null,
        studentGroups: ['all-students'],
      },
      {
        title: 'Temporary transportation for displaced students',
        description:
          'Bus passes and ride vouchers so students who moved after a disaster can keep attending their home school.',
        strategyIndex: null,
        studentGroups: ['homeless-youth', 'foster-youth'],
      },
      {
        title: 'Counseling surge after a community crisis',
        description:
          'Short-term contracts with licensed counselors to add trauma-informed support at schools most affected by an emergency.',
        strategyIndex: null,
        studentGroups: ['all-students', 'homeless-youth'],
      },
      {
        title: 'Transition support for students at consolidated schools',
        description:
          'Extra aides and bilingual liaisons for the first semester after a school merger, focused on students with IEPs and English learners.',
        strategyIndex: null,
        studentGroups: ['students-with-disabilities', 'english-learners'],
      },
    ],
    'voice-agency': [
      {
        title: 'Family listening sessions on school consolidation',
        description:
          'Facilitated sessions in English and Spanish at each affected school; a summary of what families said goes to the Board of Education.',
        strategyIndex: null,
        studentGroups: ['hispanic', 'african-american'],
      },
      {
        title: 'Student recovery stories project',
        description:
          'Students affected by the Eaton fire record audio and photo stories of recovery, shared with consent at a community exhibit.',
        notBefore: '2025-Q1',
        strategyIndex: null,
        studentGroups: ['all-students', 'homeless-youth'],
      },
      {
        title: 'Parent advocacy training',
        description:
          'Workshops on how district and state budgets work and how to speak at public meetings, with interpretation provided.',
        strategyIndex: null,
        studentGroups: ['english-learners', 'hispanic'],
      },
      {
        title: 'Youth advisory input on emergency fund priorities',
        description:
          'A group of students, including youth in foster care and students who were displaced, advises on how emergency funds are used.',
        strategyIndex: null,
        studentGroups: ['foster-youth', 'homeless-youth'],
      },
    ],
  },
};

export const owners: readonly string[] = [
  'Marisol Gutiérrez',
  'Darnell Whitfield',
  'Ani Petrosyan',
  'Kenji Nakamura',
  'Priya Raman',
  'Theresa Okafor',
  'Luis Carrillo',
  'Grace Lindqvist',
  'Malia Fonoti',
  'Jordan Ellsworth',
];

export const noteTemplates: Record<StatusId, readonly string[]> = {
  'not-started': [
    'Kickoff planned for next quarter once scope is confirmed with PUSD.',
    'Awaiting board approval of the grant agreement.',
    'Partner outreach underway; no program activity to report yet.',
    'Planning meeting held; owner and timeline confirmed.',
    'Budget set aside; launch depends on the district calendar.',
    'Drafting the project brief and success measures.',
  ],
  'on-track': [
    'Second cohort enrolled; attendance at 92% of plan.',
    'Quarter milestones met; spending at 48% of annual budget.',
    'Partner agreement signed and first sessions delivered at 4 schools.',
    'Mid-year check-in with the district lead confirmed scope and timeline.',
    'Volunteer roster at 35 of 40; recruitment continues.',
    'Participant survey: 87% would recommend the program.',
  ],
  'at-risk': [
    'Partner funding delayed to spring; exploring bridge grant.',
    'Staff turnover at two sites slowed rollout; backfill in progress.',
    'Enrollment at 64% of target; adding outreach through school sites.',
    'District approval pending; timeline may slip one quarter.',
    'Vendor quotes came in 18% over budget; revising scope.',
    'Data from the district arrived late; progress measure not yet confirmed.',
  ],
  'off-track': [
    'Lead partner withdrew; seeking a replacement before relaunch.',
    'No sessions held this quarter due to facility conflicts.',
    'Funding gap of $40,000 remains; scope cut under review.',
    'Participation fell to 30% of plan; program redesign needed.',
    'Key milestone missed twice; escalated to the program committee.',
    'Activity paused by school closures; restart date not set.',
  ],
  completed: [
    'All deliverables met; final report shared with district leadership.',
    'Closed 6% under budget; lessons learned documented.',
    'Final cohort finished with a 96% completion rate.',
    'Handed off to the district to sustain with its own funds.',
    'Evaluation complete; results presented to the PEF board.',
    'Grant closed out and final donor report sent.',
  ],
  deferred: [
    'Paused by mutual agreement with PUSD until next school year.',
    'Deferred to redirect staff time to emergency response.',
    'Postponed while the district revisits its priorities.',
    'On hold pending a new funding source.',
    'Moved to next fiscal year after mid-year budget review.',
    'Waiting on school consolidation decisions before restarting.',
  ],
};

export type BenchmarkUnit = 'percent' | 'count' | 'dollars' | 'days' | 'ratio';

export interface BenchmarkTemplate {
  id: string;
  priorityId: PriorityId;
  name: string;
  description: string;
  unit: BenchmarkUnit;
  direction: 'higher' | 'lower';
  baseline: number;
  targets: readonly [number, number, number, number];
  trend: 'improving' | 'flat' | 'worsening' | 'mixed';
  groups: readonly StudentGroupId[];
}

// Per-group actuals only where that kind of source reports by student group;
// staff, program and grant measures have none.
export const benchmarkCatalog: readonly BenchmarkTemplate[] = [
  {
    id: 'teacher-retention-rate',
    priorityId: 'teachers-leaders',
    name: 'Teacher retention rate',
    description: 'Share of teachers employed in the fall who return the following fall, from district HR records.',
    unit: 'percent',
    direction: 'higher',
    baseline: 84.5,
    targets: [86, 87.5, 89, 90],
    trend: 'improving',
    groups: [],
  },
  {
    id: 'new-hires-teachers-of-color',
    priorityId: 'teachers-leaders',
    name: 'New teacher hires who are teachers of color',
    description: 'Share of newly hired teachers who identify as people of color, from district HR hiring records.',
    unit: 'percent',
    direction: 'higher',
    baseline: 41,
    targets: [44, 47, 50, 52],
    trend: 'mixed',
    groups: [],
  },
  {
    id: 'chronic-absenteeism-rate',
    priorityId: 'wellness',
    name: 'Chronic absenteeism rate',
    description: 'Share of students absent 10% or more of enrolled school days, from district attendance data.',
    unit: 'percent',
    direction: 'lower',
    baseline: 24.8,
    targets: [21, 18, 15, 12],
    trend: 'improving',
    groups: [
      'all-students',
      'english-learners',
      'foster-youth',
      'homeless-youth',
      'socioeconomically-disadvantaged',
      'students-with-disabilities',
      'african-american',
      'hispanic',
    ],
  },
  {
    id: 'school-connectedness',
    priorityId: 'wellness',
    name: 'Students reporting school connectedness',
    description:
      'Share of surveyed students in grades 5, 7, 9 and 11 reporting high school connectedness on a Healthy Kids Survey style climate survey.',
    unit: 'percent',
    direction: 'higher',
    baseline: 58,
    targets: [60, 62, 64, 66],
    trend: 'flat',
    groups: ['all-students', 'african-american', 'hispanic', 'asian', 'white', 'two-or-more-races'],
  },
  {
    id: 'days-to-first-counseling-session',
    priorityId: 'wellness',
    name: 'Median days from referral to first counseling session',
    description: 'Median calendar days between a mental health referral and the first session, from provider referral logs.',
    unit: 'days',
    direction: 'lower',
    baseline: 21,
    targets: [18, 14, 10, 7],
    trend: 'worsening',
    groups: [],
  },
  {
    id: 'grade3-ela-meeting-standard',
    priorityId: 'academic-benchmarks',
    name: 'Grade 3 ELA: students meeting or exceeding standard',
    description: 'Share of grade 3 students meeting or exceeding standard on the state English language arts assessment.',
    unit: 'percent',
    direction: 'higher',
    baseline: 38,
    targets: [41, 44, 47, 50],
    trend: 'improving',
    groups: [
      'all-students',
      'english-learners',
      'socioeconomically-disadvantaged',
      'students-with-disabilities',
      'african-american',
      'hispanic',
      'asian',
      'white',
      'two-or-more-races',
    ],
  },
  {
    id: 'grade8-math-meeting-standard',
    priorityId: 'academic-benchmarks',
    name: 'Grade 8 math: students meeting or exceeding standard',
    description: 'Share of grade 8 students meeting or exceeding standard on the state mathematics assessment.',
    unit: 'percent',
    direction: 'higher',
    baseline: 22,
    targets: [25, 28, 31, 34],
    trend: 'mixed',
    groups: [
      'all-students',
      'english-learners',
      'socioeconomically-disadvantaged',
      'students-with-disabilities',
      'african-american',
      'hispanic',
      'asian',
      'filipino',
      'white',
    ],
  },
  {
    id: 'four-year-graduation-rate',
    priorityId: 'academic-benchmarks',
    name: 'Four-year graduation rate',
    description: 'Share of the four-year cohort graduating with a regular diploma, from state cohort graduation data.',
    unit: 'percent',
    direction: 'higher',
    baseline: 86.2,
    targets: [87, 88, 89, 90],
    trend: 'flat',
    groups: [
      'all-students',
      'english-learners',
      'foster-youth',
      'homeless-youth',
      'socioeconomically-disadvantaged',
      'students-with-disabilities',
      'african-american',
      'hispanic',
    ],
  },
  {
    id: 'expanded-learning-enrollment',
    priorityId: 'opportunities',
    name: 'Students in after-school and expanded learning programs',
    description: 'Unduplicated count of students enrolled in after-school or summer expanded learning, from program rosters.',
    unit: 'count',
    direction: 'higher',
    baseline: 3200,
    targets: [3600, 4000, 4400, 4800],
    trend: 'improving',
    groups: [],
  },
  {
    id: 'enrichment-participation-rate',
    priorityId: 'opportunities',
    name: 'Students in at least one arts or athletics activity',
    description: 'Share of students taking part in at least one arts, music or athletics activity, from school activity rosters.',
    unit: 'percent',
    direction: 'higher',
    baseline: 47,
    targets: [50, 54, 58, 62],
    trend: 'mixed',
    groups: [
      'all-students',
      'socioeconomically-disadvantaged',
      'english-learners',
      'students-with-disabilities',
      'foster-youth',
    ],
  },
  {
    id: 'pilots-scaled',
    priorityId: 'opportunities',
    name: 'Pilot projects scaled to more schools',
    description: 'Cumulative number of PEF-incubated pilots expanded beyond their first schools, from PEF program records.',
    unit: 'count',
    direction: 'higher',
    baseline: 1,
    targets: [2, 3, 5, 6],
    trend: 'flat',
    groups: [],
  },
  {
    id: 'teachers-data-tech-training',
    priorityId: 'technology',
    name: 'Teachers completing data and technology training',
    description: 'Cumulative number of teachers completing PEF-funded data and technology training, from attendance records.',
    unit: 'count',
    direction: 'higher',
    baseline: 140,
    targets: [220, 300, 380, 450],
    trend: 'improving',
    groups: [],
  },
  {
    id: 'student-device-ratio',
    priorityId: 'technology',
    name: 'Students per working device',
    description: 'Enrolled students divided by working student devices, from the district device inventory.',
    unit: 'ratio',
    direction: 'lower',
    baseline: 1.3,
    targets: [1.25, 1.15, 1.05, 1],
    trend: 'flat',
    groups: [],
  },
  {
    id: 'home-internet-access',
    priorityId: 'technology',
    name: 'Students with reliable home internet',
    description: 'Share of families reporting reliable home internet on the annual district registration survey.',
    unit: 'percent',
    direction: 'higher',
    baseline: 91,
    targets: [93, 95, 97, 98],
    trend: 'improving',
    groups: ['all-students', 'socioeconomically-disadvantaged', 'english-learners', 'homeless-youth'],
  },
  {
    id: 'rapid-response-grants-30-days',
    priorityId: 'respond-to-change',
    name: 'Rapid-response grants decided within 30 days',
    description: 'Share of rapid-response grant requests decided within 30 days of receipt, from PEF grant records.',
    unit: 'percent',
    direction: 'higher',
    baseline: 55,
    targets: [70, 80, 90, 95],
    trend: 'mixed',
    groups: [],
  },
  {
    id: 'emergency-relief-dollars',
    priorityId: 'respond-to-change',
    name: 'Emergency relief dollars distributed',
    description: 'Dollars of emergency relief distributed to district families and staff in the school year, from PEF grant records.',
    unit: 'dollars',
    direction: 'higher',
    baseline: 18000,
    targets: [40000, 150000, 300000, 350000],
    trend: 'improving',
    groups: [],
  },
];
