package org.ctopath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.badges.BadgeKind;
import org.ctopath.badges.Badges;
import org.ctopath.catalogue.CatalogueAdministration;
import org.ctopath.catalogue.CatalogueExchange;
import org.ctopath.catalogue.CatalogueQuery;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.DesignationData;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.catalogue.SchemeData;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.certification.CpdCategory;
import org.ctopath.competency.FrameworkAdministration;
import org.ctopath.competency.FrameworkService;
import org.ctopath.competency.RoleProfileService;
import org.ctopath.competency.exchange.CaseProvider;
import org.ctopath.competency.exchange.FrameworkExchange;
import org.ctopath.files.StoredFiles;
import org.ctopath.files.Upload;
import org.ctopath.generator.DataGeneration;
import org.ctopath.generator.GenerationAudit;
import org.ctopath.generator.Generator;
import org.ctopath.identity.AccessTokens;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.PasswordLinks;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.mentoring.MentorWork;
import org.ctopath.notification.MailDelivery;
import org.ctopath.notification.MailOutbox;
import org.ctopath.notification.Notifications;
import org.ctopath.notification.OutgoingMail;
import org.ctopath.notification.Reminder;
import org.ctopath.notification.Reminders;
import org.ctopath.notification.SentReminders;
import org.ctopath.people.People;
import org.ctopath.people.PeopleImport;
import org.ctopath.people.PeopleQuery;
import org.ctopath.people.PersonData;
import org.ctopath.plan.BulkPlanWriter;
import org.ctopath.plan.BulkPlans;
import org.ctopath.plan.CalendarFeeds;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemComments;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanItem;
import org.ctopath.plan.PlanService;
import org.ctopath.plan.PlanState;
import org.ctopath.platform.Forbidden;
import org.ctopath.platform.Restricted;
import org.ctopath.reporting.ReportFilter;
import org.ctopath.reporting.ReportRunner;
import org.ctopath.reporting.ReportTable;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.As;
import org.ctopath.xapi.Lrs;
import org.ctopath.xapi.LrsForwarder;
import org.ctopath.xapi.StatementQuery;
import org.ctopath.xapi.XapiOutbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every public method of every service that reads or changes a person's data or administers the
 * organisation, called straight on the service (as a new page or resource would) by the wrong
 * callers, who must be refused ({@link Forbidden}, or the services' own not-found answers for someone
 * else's things), and by the right ones, who must be let through. Nobody is signed in on the test's
 * thread, so "nobody" is tried for real; people are the test's own, each run as with {@link As}.
 * A public method that appears on one of these services without a line in this table fails
 * {@link #everyPublicMethodOfTheServicesIsInTheTable}, and so does a new service bean.
 *
 * Changes to the shared reference data (framework, catalogue, people) are tried with input the
 * service refuses (InvalidInput or the like): the caller is let through the check, and the data the
 * other tests expect stays as shipped. Work only the system does is tried by people only: the
 * system passes every check by construction, and running the jobs here would disturb other tests.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    /** Who calls. */
    enum Who {
        NOBODY, SELF, OTHER_LEARNER, MENTOR, OTHER_MENTOR, FORMER_MENTOR, ADMIN, SYSTEM
    }

    /** Who must be refused and who let through; the data is always the learner SELF's (or the organisation's). */
    enum Rule {
        /** Shared reference data and harmless facts: anyone signed in. */
        SIGNED_IN(EnumSet.of(Who.NOBODY), EnumSet.of(Who.SELF, Who.OTHER_LEARNER, Who.MENTOR, Who.ADMIN)),
        /** Administering the organisation. */
        ADMIN(EnumSet.of(Who.NOBODY, Who.SELF, Who.OTHER_LEARNER, Who.MENTOR), EnumSet.of(Who.ADMIN)),
        /** An administrator acting in their own name; also refused: an administrator naming someone else. */
        ADMIN_ACTOR(EnumSet.of(Who.NOBODY, Who.SELF, Who.OTHER_LEARNER, Who.MENTOR), EnumSet.of(Who.ADMIN)),
        /** Writing (or reading private to them) the learner's own data: only they. */
        SELF(EnumSet.of(Who.NOBODY, Who.OTHER_LEARNER, Who.MENTOR, Who.OTHER_MENTOR, Who.ADMIN), EnumSet.of(Who.SELF)),
        /** Reading the learner's data: they, their current mentor, an administrator. */
        SIGHT(EnumSet.of(Who.NOBODY, Who.OTHER_LEARNER, Who.OTHER_MENTOR, Who.FORMER_MENTOR), EnumSet.of(Who.SELF, Who.MENTOR, Who.ADMIN)),
        /** A mentor acting on the learner: only their current mentor, in their own name. */
        MENTOR_OF(EnumSet.of(Who.NOBODY, Who.SELF, Who.OTHER_LEARNER, Who.OTHER_MENTOR, Who.FORMER_MENTOR, Who.ADMIN), EnumSet.of(Who.MENTOR)),
        /** A mentor's own mentoring: any mentor for themselves, nobody else, not in another mentor's name. */
        MENTOR_SELF(EnumSet.of(Who.NOBODY, Who.SELF, Who.OTHER_LEARNER, Who.ADMIN), EnumSet.of(Who.MENTOR, Who.OTHER_MENTOR, Who.FORMER_MENTOR)),
        /** The mentor MENTOR's mentees: they and administrators. */
        MENTEES(EnumSet.of(Who.NOBODY, Who.SELF, Who.OTHER_LEARNER, Who.OTHER_MENTOR, Who.FORMER_MENTOR), EnumSet.of(Who.MENTOR, Who.ADMIN)),
        /** Background work: the system only, never a person, not even an administrator. */
        SYSTEM(EnumSet.of(Who.NOBODY, Who.SELF, Who.MENTOR, Who.ADMIN), EnumSet.noneOf(Who.class)),
        /** Before anyone is known (sign-in, a secret link, public keys): open, said why at the line. */
        OPEN(EnumSet.noneOf(Who.class), EnumSet.of(Who.NOBODY));

        final Set<Who> refused;
        final Set<Who> allowed;

        Rule(Set<Who> refused, Set<Who> allowed) {
            this.refused = refused;
            this.allowed = allowed;
        }
    }

    /** A call of the method under test; {@code actor} is the username passed where the method takes the acting person. */
    interface Call {
        Object run(Fx fx, String actor) throws Exception;
    }

    /** One line of the table: the method, its rule, whether the right caller must get an answer (not only pass the check). */
    record Case(Class<?> service, String method, Rule rule, boolean answers, Call call) {
        String key() {
            return service.getSimpleName() + "." + method;
        }
    }

    /** The services under the rules; {@link #EXEMPT} beans hold no person's data or are another part's. */
    static final List<Class<?>> SERVICES = List.of(PlanService.class, AssessmentService.class, CertificationRecords.class,
            ItemComments.class, Notifications.class, StoredFiles.class, AccessTokens.class, AccountService.class, PasswordLinks.class, Teams.class,
            MentorRelations.class, MentorWork.class, People.class, PeopleImport.class, BulkPlans.class, BulkPlanWriter.class,
            ReportRunner.class, DataGeneration.class, GenerationAudit.class, FrameworkAdministration.class, FrameworkExchange.class,
            CatalogueAdministration.class, CatalogueExchange.class, CatalogueService.class, FrameworkService.class,
            RoleProfileService.class, AuditLog.class, Badges.class, StatementQuery.class, CalendarFeeds.class, MailOutbox.class,
            SentReminders.class, Reminders.class, MailDelivery.class, LrsForwarder.class, XapiOutbox.class, CaseProvider.class);

    /** Application beans that are not in the table, and why. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("org.ctopath.badges.BadgeKeyStore", "the badge signing key, used by Badges only; no person's data"),
            Map.entry("org.ctopath.badges.BadgeKeys", "the badge signing keys, used by Badges only; no person's data"),
            Map.entry("org.ctopath.identity.LoginThrottle", "sign-in throttling: runs before anyone is signed in"),
            Map.entry("org.ctopath.identity.SignInKeys$Store", "the device-cookie signing key: used by sign-in before anyone is signed in; no person's data"),
            Map.entry("org.ctopath.identity.AccountIdentityStore", "the sign-in itself"),
            Map.entry("org.ctopath.identity.SessionSignIn", "the sign-in itself"),
            Map.entry("org.ctopath.identity.Passwords", "password hashing, no data"),
            Map.entry("org.ctopath.identity.ForgotThrottle", "counts a client's reset requests in memory, before anyone is signed in"),
            Map.entry("org.ctopath.notification.PasswordLinkMail", "observes PasswordLinks' event, in its transaction"),
            Map.entry("org.ctopath.identity.AccountBootstrap", "start-up, runs as the system"),
            Map.entry("org.ctopath.identity.SecurityConfiguration", "declares the roles"),
            Map.entry("org.ctopath.identity.Caller", "the rules themselves"),
            Map.entry("org.ctopath.mentoring.DemoMentoring", "start-up, runs as the system"),
            Map.entry("org.ctopath.notification.NotificationJobs", "schedules the jobs, which run as the system"),
            Map.entry("org.ctopath.notification.Mailer", "sends one mail given to it; called by MailDelivery only"),
            Map.entry("org.ctopath.xapi.XapiJobs", "schedules the forwarder, which runs as the system"),
            Map.entry("org.ctopath.xapi.StatementRecorder", "observes the services' events, in the caller's transaction"),
            Map.entry("org.ctopath.platform.Startup", "start-up"),
            Map.entry("org.ctopath.platform.DatabaseMigration", "start-up"),
            Map.entry("org.ctopath.platform.DatabaseHealthCheck", "health, no data"),
            Map.entry("org.ctopath.platform.Settings", "configuration"),
            Map.entry("org.ctopath.platform.CallerIdentity", "who calls"));

    @Inject PlanService plans;
    @Inject AssessmentService assessment;
    @Inject CertificationRecords records;
    @Inject ItemComments comments;
    @Inject Notifications notifications;
    @Inject StoredFiles files;
    @Inject AccessTokens tokens;
    @Inject PasswordLinks passwordLinks;
    @Inject AccountService accounts;
    @Inject Teams teams;
    @Inject MentorRelations relations;
    @Inject MentorWork work;
    @Inject People people;
    @Inject PeopleImport peopleImport;
    @Inject BulkPlans bulkPlans;
    @Inject BulkPlanWriter bulkPlanWriter;
    @Inject ReportRunner reports;
    @Inject DataGeneration generation;
    @Inject GenerationAudit generationAudit;
    @Inject FrameworkAdministration frameworkAdmin;
    @Inject FrameworkExchange frameworkExchange;
    @Inject CaseProvider caseProvider;
    @Inject CatalogueAdministration catalogueAdmin;
    @Inject CatalogueExchange catalogueExchange;
    @Inject CatalogueService catalogue;
    @Inject FrameworkService frameworks;
    @Inject RoleProfileService profiles;
    @Inject AuditLog audit;
    @Inject Badges badges;
    @Inject StatementQuery statements;
    @Inject CalendarFeeds feeds;
    @Inject MailOutbox outbox;
    @Inject SentReminders sentReminders;
    @Inject Reminders reminders;
    @Inject MailDelivery mailDelivery;
    @Inject LrsForwarder forwarder;
    @Inject XapiOutbox xapiOutbox;
    @Inject BeanManager beanManager;

    /** The test's people and the learner's things, made by the system. */
    static final class Fx {
        Account self;
        Account otherLearner;
        Account mentor;
        Account otherMentor;
        Account formerMentor;
        Account admin;
        String skill;
        long planId;
        DevelopmentPlan plan;
        List<Long> items;
        long ratingId;
        long attemptId;
        long notificationId;
        long tokenId;
        LearningResource resource;
        Certification certification;
        Team team;
        Team spareTeam;
        LocalDate today;

        String a() {
            return self.getUsername();
        }

        Account who(Who who) {
            return switch (who) {
                case SELF -> self;
                case OTHER_LEARNER -> otherLearner;
                case MENTOR -> mentor;
                case OTHER_MENTOR -> otherMentor;
                case FORMER_MENTOR -> formerMentor;
                case ADMIN -> admin;
                default -> null;
            };
        }
    }

    private Account person(String kind, Role... roles) {
        String username = "acc-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.create(username, "Access " + kind, "a long enough password", Set.of(roles));
        accounts.describe(username, username + "@example.org", null);
        return accounts.findByUsername(username).orElseThrow();
    }

    private Fx fixture() {
        return As.system(() -> {
            Fx fx = new Fx();
            fx.today = plans.today();
            fx.admin = person("admin", Role.ADMIN);
            fx.self = person("learner", Role.LEARNER);
            fx.otherLearner = person("other", Role.LEARNER);
            fx.mentor = person("mentor", Role.MENTOR);
            fx.otherMentor = person("mentor2", Role.MENTOR);
            fx.formerMentor = person("former", Role.MENTOR);
            relations.assign(fx.admin.getUsername(), fx.formerMentor.getId(), List.of(fx.self.getId()));
            relations.assign(fx.admin.getUsername(), fx.mentor.getId(), List.of(fx.self.getId())); // the former mentor's relation ends
            relations.assign(fx.admin.getUsername(), fx.otherMentor.getId(), List.of(fx.otherLearner.getId()));
            String a = fx.a();
            fx.skill = assessment.targetSkills(a).get(0).getSkill().getCode();
            assessment.rate(a, List.of(new AssessmentService.RatingDraft(fx.skill, 1, null, "https://example.org/evidence", null)));
            fx.ratingId = assessment.latestSelfRatings(a).get(fx.skill).getId();
            fx.planId = plans.createForGaps(a, fx.today.plusDays(1), new BigDecimal("5")).getId();
            fx.plan = plans.plan(a, fx.planId);
            fx.items = fx.plan.getItems().stream().map(PlanItem::getId).toList();
            fx.attemptId = records.recordAttempt(a, new CertificationRecords.AttemptDraft("ITIL4-F", fx.today, 30, true, null)).getId();
            notifications.notify(fx.self, "Hello from the access test", "Body", null);
            fx.notificationId = notifications.page(a, 0, 1).get(0).getId();
            fx.tokenId = tokens.create(a, "access test", fx.today.plusDays(30)).record().getId();
            fx.resource = catalogue.findByCode("ITIL4-F").orElseThrow();
            fx.certification = catalogue.certificationOf(fx.resource).orElseThrow();
            fx.team = teams.add("Access " + UUID.randomUUID().toString().substring(0, 8), null);
            fx.spareTeam = teams.add("Spare " + UUID.randomUUID().toString().substring(0, 8), null);
            return fx;
        });
    }

    private long planVersion(Fx fx) {
        return As.system(() -> plans.plan(fx.a(), fx.planId).getVersion());
    }

    private long itemVersion(Fx fx, long itemId) {
        return As.system(() -> plans.findItem(fx.a(), itemId).orElseThrow().getVersion());
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElse(null);
    }

    private static final CatalogueQuery ALL = CatalogueQuery.everything();

    /** The whole table, in the order the calls are made (a mutation by the right caller comes after the reads it would disturb). */
    List<Case> table() {
        List<Case> t = new ArrayList<>();
        // plan
        t.add(new Case(PlanService.class, "today()", Rule.SIGNED_IN, true, (f, u) -> plans.today()));
        t.add(new Case(PlanService.class, "plans(String)", Rule.SIGHT, true, (f, u) -> plans.plans(f.a())));
        t.add(new Case(PlanService.class, "current(String)", Rule.SIGHT, true, (f, u) -> plans.current(f.a())));
        t.add(new Case(PlanService.class, "plan(String,Long)", Rule.SIGHT, true, (f, u) -> plans.plan(f.a(), f.planId)));
        t.add(new Case(PlanService.class, "transitions(DevelopmentPlan)", Rule.SIGHT, true, (f, u) -> plans.transitions(f.plan)));
        t.add(new Case(PlanService.class, "hasMentor(String)", Rule.SIGHT, true, (f, u) -> plans.hasMentor(f.a())));
        t.add(new Case(PlanService.class, "findItem(String,Long)", Rule.SIGHT, true, (f, u) -> plans.findItem(f.a(), f.items.get(0))));
        t.add(new Case(PlanService.class, "createForGaps(String,LocalDate,BigDecimal)", Rule.SELF, true,
                (f, u) -> plans.createForGaps(f.a(), f.today.plusDays(2), new BigDecimal("5"))));
        t.add(new Case(PlanService.class, "changeSchedule(String,Long,String,LocalDate,BigDecimal,long)", Rule.SELF, true,
                (f, u) -> plans.changeSchedule(f.a(), f.planId, "Renamed", f.today.plusDays(1), new BigDecimal("6"), planVersion(f))));
        t.add(new Case(PlanService.class, "moveItem(String,Long,int,long)", Rule.SELF, true,
                (f, u) -> plans.moveItem(f.a(), f.items.get(f.items.size() - 1), -1, planVersion(f))));
        t.add(new Case(PlanService.class, "fixStart(String,Long,LocalDate,long)", Rule.SELF, true,
                (f, u) -> plans.fixStart(f.a(), f.items.get(0), null, planVersion(f))));
        t.add(new Case(PlanService.class, "addItem(String,Long,String,long)", Rule.SELF, false,
                (f, u) -> plans.addItem(f.a(), f.planId, "ITIL4-F", planVersion(f))));
        t.add(new Case(PlanService.class, "removeItem(String,Long,long)", Rule.SELF, true,
                (f, u) -> plans.removeItem(f.a(), f.items.get(f.items.size() - 1), planVersion(f))));
        t.add(new Case(PlanService.class, "recordProgress(String,Long,ItemStatus,Integer,BigDecimal,String,long)", Rule.SELF, true,
                (f, u) -> plans.recordProgress(f.a(), f.items.get(0), ItemStatus.IN_PROGRESS, 10, BigDecimal.ONE, null, itemVersion(f, f.items.get(0)))));
        t.add(new Case(PlanService.class, "changeState(String,Long,PlanState,long)", Rule.SELF, true,
                (f, u) -> plans.changeState(f.a(), f.planId, PlanState.WAITING_FOR_REVIEW, planVersion(f))));
        t.add(new Case(PlanService.class, "review(String,long,Long,PlanState,String,long)", Rule.MENTOR_OF, true,
                (f, u) -> plans.review(u, f.self.getId(), f.planId, PlanState.IN_REVIEW, null, planVersion(f))));
        t.add(new Case(PlanService.class, "assign(Account,Account,LearningResource,LocalDate,String)", Rule.MENTOR_OF, true,
                (f, u) -> plans.assign(account(u), f.self, f.resource, f.today.plusDays(7), "From the access test")));
        t.add(new Case(ItemComments.class, "read(String,Long)", Rule.SELF, true, (f, u) -> comments.read(f.a(), f.items.get(0))));
        t.add(new Case(ItemComments.class, "unread(String,Collection)", Rule.SELF, true, (f, u) -> comments.unread(f.a(), f.items)));
        t.add(new Case(ItemComments.class, "write(String,Long,String)", Rule.SELF, true, (f, u) -> comments.write(f.a(), f.items.get(0), "Hello")));
        t.add(new Case(CalendarFeeds.class, "madeAt(String)", Rule.SELF, true, (f, u) -> feeds.madeAt(f.a())));
        t.add(new Case(CalendarFeeds.class, "renew(String)", Rule.SELF, true, (f, u) -> feeds.renew(f.a())));
        // the secret in the address is the credential; it runs as the feed's owner
        t.add(new Case(CalendarFeeds.class, "calendar(String)", Rule.OPEN, true, (f, u) -> feeds.calendar("no-such-secret")));
        // assessment
        t.add(new Case(AssessmentService.class, "target(String)", Rule.SIGHT, true, (f, u) -> assessment.target(f.a())));
        t.add(new Case(AssessmentService.class, "profilesToChoose()", Rule.SIGNED_IN, true, (f, u) -> assessment.profilesToChoose()));
        t.add(new Case(AssessmentService.class, "lastRatedAt(String)", Rule.SIGHT, true, (f, u) -> assessment.lastRatedAt(f.a())));
        t.add(new Case(AssessmentService.class, "history(String,String)", Rule.SIGHT, true, (f, u) -> assessment.history(f.a(), f.skill)));
        t.add(new Case(AssessmentService.class, "latestSelfRatings(String)", Rule.SIGHT, true, (f, u) -> assessment.latestSelfRatings(f.a())));
        t.add(new Case(AssessmentService.class, "gaps(String)", Rule.SIGHT, true, (f, u) -> assessment.gaps(f.a())));
        t.add(new Case(AssessmentService.class, "recommendations(String)", Rule.SIGHT, true, (f, u) -> assessment.recommendations(f.a())));
        t.add(new Case(AssessmentService.class, "targetSkills(String)", Rule.SIGHT, true, (f, u) -> assessment.targetSkills(f.a())));
        t.add(new Case(AssessmentService.class, "verifyEvidence(String,String,Long)", Rule.MENTOR_OF, true,
                (f, u) -> assessment.verifyEvidence(u, f.a(), f.ratingId)));
        t.add(new Case(AssessmentService.class, "confirm(String,String,String,Integer,String)", Rule.MENTOR_OF, true,
                (f, u) -> assessment.confirm(u, f.a(), f.skill, 1, null)));
        t.add(new Case(AssessmentService.class, "rate(String,List)", Rule.SELF, true,
                (f, u) -> assessment.rate(f.a(), List.of(new AssessmentService.RatingDraft(f.skill, 2, null, null, null)))));
        t.add(new Case(AssessmentService.class, "chooseTarget(String,String)", Rule.SELF, true, (f, u) -> {
            assessment.chooseTarget(f.a(), "CTO");
            return null;
        }));
        // certification
        t.add(new Case(CertificationRecords.class, "today()", Rule.SIGNED_IN, true, (f, u) -> records.today()));
        t.add(new Case(CertificationRecords.class, "attempts(String)", Rule.SIGHT, true, (f, u) -> records.attempts(f.a())));
        t.add(new Case(CertificationRecords.class, "cpd(String)", Rule.SIGHT, true, (f, u) -> records.cpd(f.a())));
        t.add(new Case(CertificationRecords.class, "passed(String)", Rule.SIGHT, true, (f, u) -> records.passed(f.a())));
        t.add(new Case(CertificationRecords.class, "standings(String)", Rule.SIGHT, true, (f, u) -> records.standings(f.a())));
        t.add(new Case(CertificationRecords.class, "designations(String)", Rule.SIGHT, true, (f, u) -> records.designations(f.a())));
        t.add(new Case(CertificationRecords.class, "certifications()", Rule.SIGNED_IN, true, (f, u) -> records.certifications()));
        t.add(new Case(CertificationRecords.class, "cpdSchemes()", Rule.SIGNED_IN, true, (f, u) -> records.cpdSchemes()));
        t.add(new Case(CertificationRecords.class, "verifyAttempt(String,String,Long)", Rule.MENTOR_OF, true,
                (f, u) -> records.verifyAttempt(u, f.a(), f.attemptId)));
        t.add(new Case(CertificationRecords.class, "recordAttempt(String,AttemptDraft)", Rule.SELF, true,
                (f, u) -> records.recordAttempt(f.a(), new CertificationRecords.AttemptDraft("ITIL4-F", f.today, 31, true, null))));
        t.add(new Case(CertificationRecords.class, "logCpd(String,CpdDraft)", Rule.SELF, false,
                (f, u) -> records.logCpd(f.a(), new CertificationRecords.CpdDraft("ITIL4", f.today, BigDecimal.ONE, CpdCategory.OTHER, "Reading"))));
        // badges (issuing needs the learner; reading their badges, whoever sees them)
        t.add(new Case(Badges.class, "issuedTo(String)", Rule.SIGHT, true, (f, u) -> badges.issuedTo(f.a())));
        t.add(new Case(Badges.class, "verify(String)", Rule.SIGNED_IN, true, (f, u) -> badges.verify("not a credential")));
        // the issuer profile is public (/badges/issuer)
        t.add(new Case(Badges.class, "openBadges()", Rule.OPEN, true, (f, u) -> badges.openBadges()));
        // what a verifier fetches: the status lists (/badges/status/<n>) and the achievements badges were issued for
        t.add(new Case(Badges.class, "statusListCredential(int)", Rule.OPEN, true, (f, u) -> badges.statusListCredential(1)));
        t.add(new Case(Badges.class, "achievement(BadgeKind,String)", Rule.OPEN, true,
                (f, u) -> badges.achievement(BadgeKind.CERTIFICATION, "ITIL4-F")));
        // revoking a badge is an administrator's (no such badge: answered 404 after the check)
        t.add(new Case(Badges.class, "revoke(long,String)", Rule.ADMIN, false, (f, u) -> badges.revoke(999_999_999L, "Access test")));
        t.add(new Case(Badges.class, "forAttempt(String,long)", Rule.SELF, true, (f, u) -> badges.forAttempt(f.a(), f.attemptId)));
        t.add(new Case(Badges.class, "forPlan(String,long)", Rule.SELF, false, (f, u) -> badges.forPlan(f.a(), f.planId)));
        t.add(new Case(Badges.class, "forKind(BadgeKind,String,long)", Rule.SELF, true,
                (f, u) -> badges.forKind(BadgeKind.CERTIFICATION, f.a(), f.attemptId)));
        // the read-only download: not issued yet is a refusal of its own (NotIssued), after the owner check
        t.add(new Case(Badges.class, "issuedFor(BadgeKind,String,long)", Rule.SELF, false,
                (f, u) -> badges.issuedFor(BadgeKind.PLAN, f.a(), f.planId)));
        // xAPI statements of the learner
        t.add(new Case(StatementQuery.class, "read(Filter,int)", Rule.SIGHT, true,
                (f, u) -> statements.read(new StatementQuery.Filter(List.of(f.self.getId()), null, null, false, null), 10)));
        // notifications, files, tokens: one's own
        t.add(new Case(Notifications.class, "notify(Account,String,String,String)", Rule.SIGNED_IN, true, (f, u) -> {
            notifications.notify(f.self, "Told by the access test", "Body", null);
            return null;
        }));
        t.add(new Case(Notifications.class, "unreadCount(String)", Rule.SELF, true, (f, u) -> notifications.unreadCount(f.a())));
        t.add(new Case(Notifications.class, "count(String)", Rule.SELF, true, (f, u) -> notifications.count(f.a())));
        t.add(new Case(Notifications.class, "page(String,int,int)", Rule.SELF, true, (f, u) -> notifications.page(f.a(), 0, 10)));
        t.add(new Case(Notifications.class, "open(String,long)", Rule.SELF, true, (f, u) -> notifications.open(f.a(), f.notificationId)));
        t.add(new Case(Notifications.class, "markAllRead(String)", Rule.SELF, true, (f, u) -> notifications.markAllRead(f.a())));
        t.add(new Case(StoredFiles.class, "download(String,long)", Rule.SELF, true, (f, u) -> files.download(f.a(), -1L)));
        t.add(new Case(StoredFiles.class, "store(Account,Upload,String)", Rule.SELF, false,
                (f, u) -> files.store(f.self, new Upload("note.txt", "not a certificate".getBytes()), "file")));
        t.add(new Case(AccessTokens.class, "of(String)", Rule.SELF, true, (f, u) -> tokens.of(f.a())));
        t.add(new Case(AccessTokens.class, "create(String,String,LocalDate)", Rule.SELF, true,
                (f, u) -> tokens.create(f.a(), "another", f.today.plusDays(10))));
        t.add(new Case(AccessTokens.class, "revoke(String,long)", Rule.SELF, true, (f, u) -> {
            tokens.revoke(f.a(), f.tokenId);
            return null;
        }));
        // a demo token for a name that has no account: nothing is made
        t.add(new Case(AccessTokens.class, "ensureDemo(String)", Rule.SYSTEM, true, (f, u) -> {
            tokens.ensureDemo("acc-none-" + UUID.randomUUID());
            return null;
        }));
        // the sign-in of an API call: the token is the credential
        t.add(new Case(AccessTokens.class, "authenticate(String)", Rule.OPEN, true, (f, u) -> tokens.authenticate("ctp_no-such-token")));
        // mentoring
        t.add(new Case(MentorRelations.class, "currentOf(long)", Rule.SIGHT, true, (f, u) -> relations.currentOf(f.self.getId())));
        t.add(new Case(MentorRelations.class, "mentorOf(long)", Rule.SIGHT, true, (f, u) -> relations.mentorOf(f.self.getId())));
        t.add(new Case(MentorRelations.class, "menteesOf(String)", Rule.MENTEES, true, (f, u) -> relations.menteesOf(f.mentor.getUsername())));
        t.add(new Case(MentorRelations.class, "isMentorOf(String,long)", Rule.SIGNED_IN, true,
                (f, u) -> relations.isMentorOf(f.mentor.getUsername(), f.self.getId())));
        t.add(new Case(MentorRelations.class, "historyOf(long)", Rule.ADMIN, true, (f, u) -> relations.historyOf(f.self.getId())));
        t.add(new Case(MentorRelations.class, "learners()", Rule.ADMIN, true, (f, u) -> relations.learners()));
        t.add(new Case(MentorRelations.class, "mentors()", Rule.ADMIN, true, (f, u) -> relations.mentors()));
        t.add(new Case(MentorRelations.class, "team(Team)", Rule.ADMIN, true, (f, u) -> relations.team(f.team)));
        t.add(new Case(MentorRelations.class, "assign(String,long,Collection)", Rule.ADMIN_ACTOR, true,
                (f, u) -> relations.assign(u, f.mentor.getId(), List.of(f.self.getId()))));
        t.add(new Case(MentorRelations.class, "end(String,long)", Rule.ADMIN_ACTOR, true, (f, u) -> relations.end(u, f.otherLearner.getId())));
        t.add(new Case(MentorWork.class, "mentees(String)", Rule.MENTOR_SELF, true, (f, u) -> work.mentees(u)));
        t.add(new Case(MentorWork.class, "mentee(String,Long)", Rule.MENTOR_OF, true, (f, u) -> work.mentee(u, f.self.getId())));
        t.add(new Case(MentorWork.class, "review(String,Long)", Rule.MENTOR_OF, true, (f, u) -> work.review(u, f.self.getId())));
        t.add(new Case(MentorWork.class, "confirmRating(String,Long,String,Integer,String)", Rule.MENTOR_OF, false,
                (f, u) -> work.confirmRating(u, f.self.getId(), f.skill, 2, "Seen it at work")));
        t.add(new Case(MentorWork.class, "verifyEvidence(String,Long,Long)", Rule.MENTOR_OF, true,
                (f, u) -> work.verifyEvidence(u, f.self.getId(), f.ratingId)));
        t.add(new Case(MentorWork.class, "verifyAttempt(String,Long,Long)", Rule.MENTOR_OF, true,
                (f, u) -> work.verifyAttempt(u, f.self.getId(), f.attemptId)));
        t.add(new Case(MentorWork.class, "assign(String,List,String,LocalDate,String)", Rule.MENTOR_OF, true,
                (f, u) -> work.assign(u, List.of(f.self.getId()), "ITIL4-F", f.today.plusDays(9), null)));
        t.add(new Case(MentorWork.class, "reviewPlan(String,Long,Long,PlanState,String,long)", Rule.MENTOR_OF, false,
                (f, u) -> work.reviewPlan(u, f.self.getId(), f.planId, PlanState.ACTIVE, null, planVersion(f))));
        // people and teams
        t.add(new Case(People.class, "count(PeopleQuery)", Rule.ADMIN, true, (f, u) -> people.count(new PeopleQuery(null, null, null, null))));
        t.add(new Case(People.class, "page(PeopleQuery,int,int,String,boolean)", Rule.ADMIN, true,
                (f, u) -> people.page(new PeopleQuery(null, null, null, null), 0, 5, "name", true)));
        t.add(new Case(People.class, "person(long)", Rule.ADMIN, true, (f, u) -> people.person(f.self.getId())));
        t.add(new Case(People.class, "overview(long)", Rule.ADMIN, true, (f, u) -> people.overview(f.self.getId())));
        t.add(new Case(People.class, "profiles()", Rule.ADMIN, true, (f, u) -> people.profiles()));
        t.add(new Case(People.class, "mentors()", Rule.ADMIN, true, (f, u) -> people.mentors()));
        t.add(new Case(People.class, "save(PersonData,String)", Rule.ADMIN_ACTOR, false, (f, u) -> people.save(new PersonData(), u)));
        t.add(new Case(People.class, "setActive(long,long,boolean,String)", Rule.ADMIN_ACTOR, false,
                (f, u) -> {
                    people.setActive(f.otherLearner.getId(), -1L, true, u);
                    return null;
                }));
        t.add(new Case(PeopleImport.class, "importCsv(String,byte[],String)", Rule.ADMIN_ACTOR, false,
                (f, u) -> peopleImport.importCsv("people.csv", new byte[0], u)));
        t.add(new Case(AccountService.class, "findByUsername(String)", Rule.OPEN, true, (f, u) -> accounts.findByUsername(f.a())));
        // The wrong current password: let through the check, refused by the service, nothing changed.
        t.add(new Case(AccountService.class, "changePassword(String,String,String,String)", Rule.SELF, false, (f, u) -> {
            accounts.changePassword(f.a(), "not the current password", "a new password of theirs", "a new password of theirs");
            return null;
        }));
        // Invitations: one to nobody there (refused by the service, no mail), and the bulk one for real.
        t.add(new Case(PasswordLinks.class, "invite(String)", Rule.ADMIN, false, (f, u) -> passwordLinks.invite("no-such-person-here")));
        t.add(new Case(PasswordLinks.class, "inviteEveryoneWithoutPassword()", Rule.ADMIN, true,
                (f, u) -> passwordLinks.inviteEveryoneWithoutPassword()));
        // Before anyone is known: "forgot password" and the link's page; the link's secret is the credential.
        t.add(new Case(PasswordLinks.class, "forgot(String)", Rule.OPEN, true, (f, u) -> {
            passwordLinks.forgot("nobody-such@nowhere.example");
            return null;
        }));
        t.add(new Case(PasswordLinks.class, "check(String)", Rule.OPEN, true, (f, u) -> passwordLinks.check("no-such-link")));
        t.add(new Case(PasswordLinks.class, "use(String,String,String)", Rule.OPEN, false,
                (f, u) -> passwordLinks.use("no-such-link", "seven quiet harbour lights", "seven quiet harbour lights")));
        t.add(new Case(AccountService.class, "countActiveWithRole(Role)", Rule.OPEN, true, (f, u) -> accounts.countActiveWithRole(Role.ADMIN)));
        t.add(new Case(AccountService.class, "create(String,String,String,Set)", Rule.ADMIN, false,
                (f, u) -> accounts.create("", "No name", "a long enough password", Set.of(Role.LEARNER))));
        t.add(new Case(AccountService.class, "describe(String,String,String)", Rule.ADMIN, true, (f, u) -> {
            accounts.describe(f.otherLearner.getUsername(), f.otherLearner.getUsername() + "@example.org", null);
            return null;
        }));
        t.add(new Case(Teams.class, "all()", Rule.ADMIN, true, (f, u) -> teams.all()));
        t.add(new Case(Teams.class, "inTreeOrder()", Rule.ADMIN, true, (f, u) -> teams.inTreeOrder()));
        t.add(new Case(Teams.class, "counted()", Rule.ADMIN, true, (f, u) -> teams.counted()));
        t.add(new Case(Teams.class, "find(Long)", Rule.ADMIN, true, (f, u) -> teams.find(f.team.getId())));
        t.add(new Case(Teams.class, "named(String,Team)", Rule.ADMIN, true, (f, u) -> teams.named(f.team.getName(), null)));
        t.add(new Case(Teams.class, "pathName(Team)", Rule.ADMIN, true, (f, u) -> teams.pathName(f.team)));
        t.add(new Case(Teams.class, "topLevel(String)", Rule.ADMIN, true, (f, u) -> teams.topLevel(f.team.getName())));
        t.add(new Case(Teams.class, "create(String,Team)", Rule.ADMIN, false, (f, u) -> teams.create("", null)));
        t.add(new Case(Teams.class, "add(String,Long)", Rule.ADMIN, false, (f, u) -> teams.add("", null)));
        t.add(new Case(Teams.class, "rename(long,String,long)", Rule.ADMIN, false, (f, u) -> {
            teams.rename(f.team.getId(), "", -1L);
            return null;
        }));
        t.add(new Case(Teams.class, "move(long,Long,long)", Rule.ADMIN, false, (f, u) -> {
            teams.move(f.spareTeam.getId(), f.team.getId(), -1L);
            return null;
        }));
        t.add(new Case(Teams.class, "delete(long,long)", Rule.ADMIN, false, (f, u) -> {
            teams.delete(f.spareTeam.getId(), -1L);
            return null;
        }));
        // plans for a team, reports, the generator, the audit log
        t.add(new Case(BulkPlans.class, "today()", Rule.ADMIN, true, (f, u) -> bulkPlans.today()));
        t.add(new Case(BulkPlans.class, "createForGaps(Long,LocalDate,BigDecimal)", Rule.ADMIN, false,
                (f, u) -> bulkPlans.createForGaps(null, f.today.plusDays(1), new BigDecimal("5"))));
        t.add(new Case(BulkPlanWriter.class, "insert(List,long,LocalDate,BigDecimal,Instant,String)", Rule.ADMIN, true,
                (f, u) -> bulkPlanWriter.insert(List.of(), 0L, f.today, BigDecimal.ONE, Instant.now(), f.team.getName())));
        t.add(new Case(ReportRunner.class, "unknownIn(ReportFilter)", Rule.ADMIN, true, (f, u) -> reports.unknownIn(ReportFilter.none())));
        t.add(new Case(ReportRunner.class, "rows(ReportTable,Sql)", Rule.ADMIN, true,
                (f, u) -> reports.rows(ReportTable.CERTIFICATIONS, ReportTable.CERTIFICATIONS.all(ReportFilter.none()))));
        t.add(new Case(ReportRunner.class, "count(Sql)", Rule.ADMIN, true,
                (f, u) -> reports.count(ReportTable.CERTIFICATIONS.count(ReportFilter.none(), null))));
        t.add(new Case(ReportRunner.class, "stream(ReportTable,Sql,RowSink)", Rule.ADMIN, true, (f, u) -> {
            reports.stream(ReportTable.CERTIFICATIONS, ReportTable.CERTIFICATIONS.all(ReportFilter.none()), row -> { });
            return null;
        }));
        t.add(new Case(DataGeneration.class, "isEnabled()", Rule.ADMIN, true, (f, u) -> generation.isEnabled()));
        t.add(new Case(DataGeneration.class, "generate(Integer,Long,String)", Rule.ADMIN, false, (f, u) -> generation.generate(0, 1L, "acc")));
        t.add(new Case(GenerationAudit.class, "generated(Options,Summary)", Rule.ADMIN, true, (f, u) -> {
            generationAudit.generated(new Generator.Options(1, 1L, "acc", false), new Generator.Summary(Map.of(), 0L));
            return null;
        }));
        t.add(new Case(AuditLog.class, "page(String,int,int)", Rule.ADMIN, true, (f, u) -> audit.page(null, 0, 5)));
        t.add(new Case(AuditLog.class, "count(String)", Rule.ADMIN, true, (f, u) -> audit.count(null)));
        // joins the caller's transaction (there is none here, so the right caller is told so after the check)
        t.add(new Case(AuditLog.class, "record(AuditAction,String,String,String)", Rule.SIGNED_IN, false, (f, u) -> {
            audit.record(AuditAction.UPDATE, "Access test", "x", "y");
            return null;
        }));
        // the framework's and the catalogue's administration
        t.add(new Case(FrameworkAdministration.class, "findSkills(String,String,boolean,int,int)", Rule.ADMIN, true,
                (f, u) -> frameworkAdmin.findSkills(null, null, false, 0, 5)));
        t.add(new Case(FrameworkAdministration.class, "countSkills(String,String,boolean)", Rule.ADMIN, true,
                (f, u) -> frameworkAdmin.countSkills(null, null, false)));
        t.add(new Case(FrameworkAdministration.class, "findSkill(String)", Rule.ADMIN, true, (f, u) -> frameworkAdmin.findSkill(f.skill)));
        t.add(new Case(FrameworkAdministration.class, "allGroups()", Rule.ADMIN, true, (f, u) -> frameworkAdmin.allGroups()));
        t.add(new Case(FrameworkAdministration.class, "allProfiles()", Rule.ADMIN, true, (f, u) -> frameworkAdmin.allProfiles()));
        t.add(new Case(FrameworkAdministration.class, "findProfile(String)", Rule.ADMIN, true, (f, u) -> frameworkAdmin.findProfile("CTO")));
        t.add(new Case(FrameworkAdministration.class, "allScales()", Rule.ADMIN, true, (f, u) -> frameworkAdmin.allScales()));
        t.add(new Case(FrameworkAdministration.class, "allFrameworks()", Rule.ADMIN, true, (f, u) -> frameworkAdmin.allFrameworks()));
        t.add(new Case(FrameworkAdministration.class, "saveSkill(SkillDraft)", Rule.ADMIN, false, (f, u) -> frameworkAdmin.saveSkill(null)));
        t.add(new Case(FrameworkAdministration.class, "saveGroup(GroupDraft)", Rule.ADMIN, false, (f, u) -> frameworkAdmin.saveGroup(null)));
        t.add(new Case(FrameworkAdministration.class, "saveProfile(ProfileDraft)", Rule.ADMIN, false, (f, u) -> frameworkAdmin.saveProfile(null)));
        t.add(new Case(FrameworkAdministration.class, "saveScale(ScaleDraft)", Rule.ADMIN, false, (f, u) -> frameworkAdmin.saveScale(null)));
        t.add(new Case(FrameworkAdministration.class, "archiveSkill(String,boolean)", Rule.ADMIN, false, (f, u) -> {
            frameworkAdmin.archiveSkill("NO-SUCH-SKILL", true);
            return null;
        }));
        t.add(new Case(FrameworkAdministration.class, "archiveGroup(String,boolean)", Rule.ADMIN, false, (f, u) -> {
            frameworkAdmin.archiveGroup("NO-SUCH-GROUP", true);
            return null;
        }));
        t.add(new Case(FrameworkAdministration.class, "archiveProfile(String,boolean)", Rule.ADMIN, false, (f, u) -> {
            frameworkAdmin.archiveProfile("NO-SUCH-PROFILE", true);
            return null;
        }));
        t.add(new Case(FrameworkAdministration.class, "archiveScale(String,boolean)", Rule.ADMIN, false, (f, u) -> {
            frameworkAdmin.archiveScale("NO-SUCH-SCALE", true);
            return null;
        }));
        t.add(new Case(FrameworkExchange.class, "frameworks()", Rule.ADMIN, true, (f, u) -> frameworkExchange.frameworks()));
        t.add(new Case(FrameworkExchange.class, "export(String,Format)", Rule.ADMIN, true,
                (f, u) -> frameworkExchange.export("CTO-PATH", FrameworkExchange.Format.values()[0])));
        t.add(new Case(FrameworkExchange.class, "importFramework(byte[],Format)", Rule.ADMIN, false,
                (f, u) -> frameworkExchange.importFramework(new byte[0], FrameworkExchange.Format.values()[0])));
        t.add(new Case(CaseProvider.class, "setting()", Rule.ADMIN, true, (f, u) -> caseProvider.setting()));
        // chosen again as it is (read as the system), so that the provider stays as the other tests expect it
        t.add(new Case(CaseProvider.class, "choose(Access)", Rule.ADMIN, true,
                (f, u) -> { caseProvider.choose(As.system(() -> caseProvider.setting().getAccess())); return null; }));
        t.add(new Case(CaseProvider.class, "newToken()", Rule.ADMIN, true, (f, u) -> caseProvider.newToken()));
        // with the provider closed (the default): a personal token signs its owner in; nobody without the provider's token
        t.add(new Case(CaseProvider.class, "publication(String)", Rule.SIGNED_IN, true, (f, u) -> caseProvider.publication(null)));
        t.add(new Case(CatalogueAdministration.class, "resources(CatalogueQuery,boolean,int,int,String,boolean)", Rule.ADMIN, true,
                (f, u) -> catalogueAdmin.resources(ALL, true, 0, 5, "title", true)));
        t.add(new Case(CatalogueAdministration.class, "countResources(CatalogueQuery,boolean)", Rule.ADMIN, true,
                (f, u) -> catalogueAdmin.countResources(ALL, true)));
        t.add(new Case(CatalogueAdministration.class, "resource(String)", Rule.ADMIN, true, (f, u) -> catalogueAdmin.resource("ITIL4-F")));
        t.add(new Case(CatalogueAdministration.class, "certifications()", Rule.ADMIN, true, (f, u) -> catalogueAdmin.certifications()));
        t.add(new Case(CatalogueAdministration.class, "schemes()", Rule.ADMIN, true, (f, u) -> catalogueAdmin.schemes()));
        t.add(new Case(CatalogueAdministration.class, "designations()", Rule.ADMIN, true, (f, u) -> catalogueAdmin.designations()));
        t.add(new Case(CatalogueAdministration.class, "facts()", Rule.ADMIN, true, (f, u) -> catalogueAdmin.facts()));
        t.add(new Case(CatalogueAdministration.class, "createResource(ResourceData)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.createResource(null);
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "updateResource(ResourceData)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.updateResource(null);
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "apply(ResourceData,boolean)", Rule.ADMIN, false, (f, u) -> catalogueAdmin.apply(null, true)));
        t.add(new Case(CatalogueAdministration.class, "archiveResource(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.archiveResource("NO-SUCH-RESOURCE");
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "restoreResource(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.restoreResource("NO-SUCH-RESOURCE");
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "saveScheme(SchemeData)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.saveScheme(new SchemeData());
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "archiveScheme(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.archiveScheme("NO-SUCH-SCHEME");
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "restoreScheme(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.restoreScheme("NO-SUCH-SCHEME");
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "saveDesignation(DesignationData)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.saveDesignation(new DesignationData());
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "archiveDesignation(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.archiveDesignation("NO-SUCH-DESIGNATION");
            return null;
        }));
        t.add(new Case(CatalogueAdministration.class, "restoreDesignation(String)", Rule.ADMIN, false, (f, u) -> {
            catalogueAdmin.restoreDesignation("NO-SUCH-DESIGNATION");
            return null;
        }));
        t.add(new Case(CatalogueExchange.class, "export()", Rule.ADMIN, true, (f, u) -> catalogueExchange.export()));
        t.add(new Case(CatalogueExchange.class, "importCsv(String,byte[])", Rule.ADMIN, false, (f, u) -> catalogueExchange.importCsv("c.csv", new byte[0])));
        // reference data: anyone signed in
        t.add(new Case(CatalogueService.class, "search(CatalogueQuery,int,int,String,boolean)", Rule.SIGNED_IN, true,
                (f, u) -> catalogue.search(ALL, 0, 5, "title", true)));
        t.add(new Case(CatalogueService.class, "count(CatalogueQuery)", Rule.SIGNED_IN, true, (f, u) -> catalogue.count(ALL)));
        t.add(new Case(CatalogueService.class, "search(CatalogueQuery,boolean,int,int,String,boolean)", Rule.SIGNED_IN, true,
                (f, u) -> catalogue.search(ALL, false, 0, 5, "title", true)));
        t.add(new Case(CatalogueService.class, "count(CatalogueQuery,boolean)", Rule.SIGNED_IN, true, (f, u) -> catalogue.count(ALL, false)));
        t.add(new Case(CatalogueService.class, "choices()", Rule.SIGNED_IN, true, (f, u) -> catalogue.choices()));
        t.add(new Case(CatalogueService.class, "findByCode(String)", Rule.SIGNED_IN, true, (f, u) -> catalogue.findByCode("ITIL4-F")));
        t.add(new Case(CatalogueService.class, "certificationOf(LearningResource)", Rule.SIGNED_IN, true, (f, u) -> catalogue.certificationOf(f.resource)));
        t.add(new Case(CatalogueService.class, "designationsContaining(Certification)", Rule.SIGNED_IN, true,
                (f, u) -> catalogue.designationsContaining(f.certification)));
        t.add(new Case(CatalogueService.class, "findDesignation(String)", Rule.SIGNED_IN, true, (f, u) -> catalogue.findDesignation("NO-SUCH")));
        t.add(new Case(CatalogueService.class, "prerequisiteGraph()", Rule.SIGNED_IN, true, (f, u) -> catalogue.prerequisiteGraph()));
        t.add(new Case(FrameworkService.class, "findByCode(String)", Rule.SIGNED_IN, true, (f, u) -> frameworks.findByCode("CTO-PATH")));
        t.add(new Case(FrameworkService.class, "activeSkills()", Rule.SIGNED_IN, true, (f, u) -> frameworks.activeSkills()));
        t.add(new Case(RoleProfileService.class, "findByCode(String)", Rule.SIGNED_IN, true, (f, u) -> profiles.findByCode("CTO")));
        // background work: the system only
        t.add(new Case(MailOutbox.class, "queue(Long,String,String,String)", Rule.SIGNED_IN, false,
                (f, u) -> outbox.queue(null, "nobody@example.org", "Subject", "Body")));
        t.add(new Case(MailOutbox.class, "due(int)", Rule.SYSTEM, true, (f, u) -> outbox.due(1)));
        t.add(new Case(MailOutbox.class, "claim(long,String)", Rule.SYSTEM, true, (f, u) -> outbox.claim(-1L, "test")));
        t.add(new Case(MailOutbox.class, "delivered(long,String,State)", Rule.SYSTEM, true, (f, u) -> outbox.delivered(-1L, "test", OutgoingMail.State.values()[0])));
        t.add(new Case(MailOutbox.class, "failed(long,String,String)", Rule.SYSTEM, true, (f, u) -> outbox.failed(-1L, "test", "x")));
        t.add(new Case(MailOutbox.class, "find(long)", Rule.SYSTEM, true, (f, u) -> outbox.find(-1L)));
        t.add(new Case(MailOutbox.class, "ofNotification(long)", Rule.SYSTEM, true, (f, u) -> outbox.ofNotification(f.notificationId)));
        Reminder reminder = new Reminder(Reminder.Kind.values()[0], -1L, -1L, LocalDate.now(), "Subject", "Body", null);
        t.add(new Case(SentReminders.class, "isSent(Reminder)", Rule.SYSTEM, true, (f, u) -> sentReminders.isSent(reminder)));
        t.add(new Case(SentReminders.class, "send(Reminder)", Rule.SYSTEM, true, (f, u) -> {
            sentReminders.send(reminder);
            return null;
        }));
        t.add(new Case(Reminders.class, "run()", Rule.SYSTEM, true, (f, u) -> reminders.run()));
        t.add(new Case(Reminders.class, "runFor(LocalDate)", Rule.SYSTEM, true, (f, u) -> reminders.runFor(f.today)));
        t.add(new Case(MailDelivery.class, "deliverDue()", Rule.SYSTEM, true, (f, u) -> mailDelivery.deliverDue()));
        t.add(new Case(LrsForwarder.class, "sendDue()", Rule.SYSTEM, true, (f, u) -> forwarder.sendDue()));
        t.add(new Case(LrsForwarder.class, "sendDue(Lrs,Instant)", Rule.SYSTEM, true,
                (f, u) -> forwarder.sendDue(new Lrs(java.net.URI.create("http://127.0.0.1:9/statements"), null, null), Instant.now())));
        t.add(new Case(XapiOutbox.class, "due(int,Instant)", Rule.SYSTEM, true, (f, u) -> xapiOutbox.due(1, Instant.now())));
        t.add(new Case(XapiOutbox.class, "claim(List,String,Instant)", Rule.SYSTEM, true, (f, u) -> xapiOutbox.claim(List.of(), "t", Instant.now())));
        t.add(new Case(XapiOutbox.class, "sent(String,Instant)", Rule.SYSTEM, true, (f, u) -> xapiOutbox.sent("t", Instant.now())));
        t.add(new Case(XapiOutbox.class, "retryLater(String,String,Instant)", Rule.SYSTEM, true, (f, u) -> {
            xapiOutbox.retryLater("t", "x", Instant.now());
            return null;
        }));
        t.add(new Case(XapiOutbox.class, "refused(String,String,boolean,Instant)", Rule.SYSTEM, true, (f, u) -> {
            xapiOutbox.refused("t", "x", false, Instant.now());
            return null;
        }));
        t.add(new Case(XapiOutbox.class, "find(String)", Rule.SYSTEM, true, (f, u) -> xapiOutbox.find("no-such")));
        return t;
    }

    // ---------------------------------------------------------------- the checks

    @Test
    void everyPublicMethodOfTheServicesIsInTheTable() {
        Set<String> listed = table().stream().map(Case::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    declared.add(service.getSimpleName() + "." + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                            .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")");
                }
            }
        }
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(declared);
        assertTrue(missing.isEmpty(), "public service methods without a rule in this table: " + missing);
        assertTrue(stale.isEmpty(), "table lines for methods that are not there: " + stale);
        assertEquals(listed.size(), table().size(), "each method once");
    }

    @Test
    void everyApplicationServiceIsInTheTableOrExemptForAReason() {
        Set<String> unknown = new TreeSet<>();
        Set<String> covered = SERVICES.stream().map(Class::getName).collect(Collectors.toSet());
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith("org.ctopath.") && bean.getScope() == ApplicationScoped.class
                    && !covered.contains(type.getName()) && !EXEMPT.containsKey(type.getName()) && holdsData(type)) {
                unknown.add(type.getName());
            }
        }
        assertTrue(unknown.isEmpty(), "application-scoped beans that use transactions or rules but are not in ServiceAccessIT: " + unknown);
    }

    private static boolean holdsData(Class<?> type) {
        return type.isAnnotationPresent(Transactional.class) || type.isAnnotationPresent(Restricted.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(Transactional.class)
                || m.isAnnotationPresent(Restricted.class));
    }

    @Test
    void personalDataIsTheirsTheirMentorsAndTheAdministrators() {
        check(Set.of(PlanService.class, ItemComments.class, CalendarFeeds.class, AssessmentService.class, CertificationRecords.class,
                Badges.class, StatementQuery.class, Notifications.class, StoredFiles.class, AccessTokens.class));
    }

    @Test
    void mentoringIsTheCurrentMentors() {
        check(Set.of(MentorRelations.class, MentorWork.class));
    }

    @Test
    void administeringTheOrganisationIsTheAdministrators() {
        check(Set.of(People.class, PeopleImport.class, AccountService.class, PasswordLinks.class, Teams.class, BulkPlans.class, BulkPlanWriter.class,
                ReportRunner.class, DataGeneration.class, GenerationAudit.class, AuditLog.class, FrameworkAdministration.class,
                FrameworkExchange.class, CatalogueAdministration.class, CatalogueExchange.class, CaseProvider.class));
    }

    @Test
    void referenceDataNeedsOnlyASignedInCallerAndBackgroundWorkTheSystem() {
        check(Set.of(CatalogueService.class, FrameworkService.class, RoleProfileService.class, MailOutbox.class, SentReminders.class,
                Reminders.class, MailDelivery.class, LrsForwarder.class, XapiOutbox.class));
    }

    @Test
    void everyoneStatementsAreTheAdministrators() {
        StatementQuery.Filter everyone = new StatementQuery.Filter(null, null, null, false, null);
        Fx fx = fixture();
        for (Who who : List.of(Who.NOBODY, Who.SELF, Who.MENTOR)) {
            assertRefused("StatementQuery.read(everyone)", who, attempt(fx, who, null, (f, u) -> statements.read(everyone, 1)));
        }
        assertEquals(null, attempt(fx, Who.ADMIN, null, (f, u) -> statements.read(everyone, 1)));
    }

    private void check(Set<Class<?>> services) {
        Fx fx = fixture();
        Map<String, Throwable> letThroughButFailed = new LinkedHashMap<>();
        int checked = 0;
        for (Case c : table()) {
            if (!services.contains(c.service())) {
                continue;
            }
            checked++;
            for (Who who : c.rule().refused) {
                assertRefused(c.key(), who, attempt(fx, c, who, ownName(fx, who)));
            }
            if (c.rule() == Rule.MENTOR_OF || c.rule() == Rule.MENTOR_SELF) {
                // another mentor, acting in the learner's mentor's name
                assertRefused(c.key() + " in the mentor's name", Who.OTHER_MENTOR, attempt(fx, c, Who.OTHER_MENTOR, fx.mentor.getUsername()));
            }
            if (c.rule() == Rule.ADMIN_ACTOR) {
                // an administrator, acting in someone else's name
                assertRefused(c.key() + " in another's name", Who.ADMIN, attempt(fx, c, Who.ADMIN, fx.a()));
            }
            for (Who who : c.rule().allowed) {
                Throwable failure = attempt(fx, c, who, ownName(fx, who));
                if (refusal(failure) != null) {
                    fail(c.key() + " refused " + who + ", who may: " + failure, failure);
                }
                if (failure != null && c.answers()) {
                    letThroughButFailed.put(c.key() + " by " + who, failure);
                }
            }
        }
        assertTrue(checked > 0);
        if (!letThroughButFailed.isEmpty()) {
            fail("let through, but then failed: " + letThroughButFailed, letThroughButFailed.values().iterator().next());
        }
    }

    private static String ownName(Fx fx, Who who) {
        return switch (who) {
            case NOBODY -> fx.mentor.getUsername();
            case SYSTEM -> "system";
            default -> fx.who(who).getUsername();
        };
    }

    private Throwable attempt(Fx fx, Case c, Who who, String actor) {
        return attempt(fx, who, actor, c.call());
    }

    /** What the call threw as this caller; null when it answered. */
    private Throwable attempt(Fx fx, Who who, String actor, Call call) {
        java.util.function.Supplier<Throwable> run = () -> {
            try {
                call.run(fx, actor);
                return null;
            } catch (Throwable t) {
                return t;
            }
        };
        return switch (who) {
            case NOBODY -> run.get();
            case SYSTEM -> As.system(run);
            default -> As.person(fx.who(who), run);
        };
    }

    private static void assertRefused(String what, Who who, Throwable failure) {
        if (refusal(failure) == null) {
            fail(what + " let " + who + " through: " + (failure == null ? "it answered" : "it failed only later, with " + failure), failure);
        }
    }

    /** The refusal in a failure: Forbidden, or the services' answers for someone else's things (404 on pages and in the API). */
    private static Throwable refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Forbidden || t instanceof PlanService.NotFound || t instanceof MentorWork.NotYourMentee) {
                return t;
            }
        }
        return null;
    }
}
