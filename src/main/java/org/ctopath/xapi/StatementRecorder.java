package org.ctopath.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.ctopath.assessment.RatingConfirmed;
import org.ctopath.assessment.SkillRating;
import org.ctopath.catalogue.Certification;
import org.ctopath.catalogue.LearningResource;
import org.ctopath.certification.AttemptRecorded;
import org.ctopath.certification.CertificationAttempt;
import org.ctopath.competency.Skill;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.plan.DevelopmentPlan;
import org.ctopath.plan.ItemProgressRecorded;
import org.ctopath.plan.ItemStatus;
import org.ctopath.plan.PlanCompleted;
import org.ctopath.plan.PlanItem;
import org.ctopath.platform.Settings;

/**
 * Turns the learning events of plans, certifications and assessment into xAPI statements. It
 * observes them synchronously, in the transaction of the change that fired them
 * ({@link TransactionPhase#IN_PROGRESS}), and writes each statement with its outbox entry there: a
 * statement exists exactly when its change committed, and a failure to write it fails the change.
 * <ul>
 * <li>an item recorded as in progress or not started: {@code progressed}, with the percentage (cmi5's
 * progress extension) and the hours spent as duration; recorded as completed (and not completed
 * before): {@code completed}. A skipped item, or a completed item recorded again, makes none;</li>
 * <li>a plan moving to completed (its last item done, or the learner or the mentor closing it):
 * {@code completed} with the plan as object (the mentor, if it was them, as instructor);</li>
 * <li>a certification exam: {@code passed} or {@code failed}, with success and the score out of
 * the exam's questions when given; the timestamp is the exam's day (00:00 UTC), as only the day
 * is known;</li>
 * <li>a mentor's confirmation of a self-rating: {@code scored} (see {@link Verb#SCORED}), the level
 * as score out of the scale, the self-rated level as an extension, the mentor as instructor.</li>
 * </ul>
 * The actor is always the learner; the authority the application (see {@link Statements#authority}).
 */
@ApplicationScoped
public class StatementRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    Clock clock = Clock.systemUTC();

    void itemProgressed(@Observes(during = TransactionPhase.IN_PROGRESS) ItemProgressRecorded event) {
        PlanItem item = event.item();
        ItemStatus status = item.getStatus();
        if (status == ItemStatus.SKIPPED || status == ItemStatus.COMPLETED && event.before() == ItemStatus.COMPLETED) {
            return;
        }
        String app = settings.appUrl();
        boolean completed = status == ItemStatus.COMPLETED;
        LearningResource resource = item.getResource();
        JsonObjectBuilder result = Json.createObjectBuilder().add("completion", completed);
        if (item.getHoursSpent().signum() > 0) {
            result.add("duration", Statements.duration(item.getHoursSpent()));
        }
        result.add("extensions", Json.createObjectBuilder().add(Statements.PROGRESS, item.getPercentDone()));
        JsonObject object = Statements.activity(Statements.activityId(app, "resource", resource.getCode()), resource.getTitle(),
                Statements.activityType(resource.getKind()));
        write(item.getPlan().getOwner(), completed ? Verb.COMPLETED : Verb.PROGRESSED, object, result.build(),
                Statements.context(app, plan(app, item.getPlan()), null), event.at());
    }

    void planCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) PlanCompleted event) {
        String app = settings.appUrl();
        DevelopmentPlan plan = event.plan();
        Account learner = plan.getOwner();
        JsonObject instructor = event.by() == null || event.by().equals(learner.getUsername()) ? null
                : accounts.findByUsername(event.by()).map(mentor -> agent(app, mentor)).orElse(null);
        write(learner, Verb.COMPLETED, plan(app, plan), Json.createObjectBuilder().add("completion", true).build(),
                Statements.context(app, null, instructor), event.at());
    }

    void attemptRecorded(@Observes(during = TransactionPhase.IN_PROGRESS) AttemptRecorded event) {
        String app = settings.appUrl();
        CertificationAttempt attempt = event.attempt();
        Certification certification = attempt.getCertification();
        JsonObjectBuilder result = Json.createObjectBuilder();
        if (attempt.getScore() != null) {
            result.add("score", Statements.score(attempt.getScore(), 0, certification.getExamQuestions()));
        }
        result.add("success", attempt.isPassed()).add("completion", true);
        JsonObject object = Statements.activity(Statements.activityId(app, "certification", certification.getCode()),
                certification.getTitle(), Statements.ASSESSMENT);
        write(attempt.getAccount(), attempt.isPassed() ? Verb.PASSED : Verb.FAILED, object, result.build(),
                Statements.context(app, null, null), attempt.getAttemptedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    void ratingConfirmed(@Observes(during = TransactionPhase.IN_PROGRESS) RatingConfirmed event) {
        String app = settings.appUrl();
        SkillRating rating = event.rating();
        Skill skill = rating.getSkill();
        JsonObjectBuilder result = Json.createObjectBuilder()
                .add("score", Statements.score(rating.getLevel(), 0, skill.getScale().getMaxOrdinal()));
        if (rating.getNote() != null) {
            result.add("response", rating.getNote());
        }
        if (event.self() != null) {
            result.add("extensions", Json.createObjectBuilder().add(selfRatedLevel(app), event.self().getLevel()));
        }
        JsonObject object = Statements.activity(Statements.activityId(app, "skill", skill.getCode()), skill.getName(),
                Statements.OBJECTIVE);
        JsonObject instructor = accounts.findByUsername(rating.getRatedBy()).map(mentor -> agent(app, mentor)).orElse(null);
        write(rating.getAccount(), Verb.SCORED, object, result.build(), Statements.context(app, null, instructor), rating.getRatedAt());
    }

    /** The result extension of a confirmed rating: the level the learner had given themselves. */
    static String selfRatedLevel(String app) {
        return app + "/xapi/extensions/self-rated-level";
    }

    private static JsonObject agent(String app, Account person) {
        return Statements.agent(app, person.getUsername(), person.getDisplayName());
    }

    private static JsonObject plan(String app, DevelopmentPlan plan) {
        return Statements.activity(Statements.activityId(app, "plan", String.valueOf(plan.getId())), plan.getTitle(), Statements.COURSE);
    }

    private void write(Account actor, Verb verb, JsonObject object, JsonObject result, JsonObject context, Instant at) {
        String id = UUID.randomUUID().toString();
        Instant stored = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String app = settings.appUrl();
        JsonObject statement = Statements.withAuthority(Statements.statement(id, agent(app, actor), verb, object, result, context, at), app);
        em.persist(new XapiStatement(id, actor.getId(), verb.iri(), at, stored, statement.toString()));
    }
}
