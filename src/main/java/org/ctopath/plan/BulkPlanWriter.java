package org.ctopath.plan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditLog;
import org.ctopath.platform.Database;
import org.ctopath.platform.UtcTime;
import org.ctopath.platform.Restricted;

/**
 * Stores the plans {@link BulkPlans} made, in one transaction with batched inserts and one audit
 * entry; a learner who got a current plan meanwhile is left alone.
 */
@ApplicationScoped
@Transactional
@Restricted("ADMIN")
public class BulkPlanWriter {

    /** How many plans and items were stored. */
    public record Written(int plans, int items) {
    }

    private static final int BATCH = 1000;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditLog audit;

    public Written insert(List<BulkPlans.NewPlan> plans, long firstId, LocalDate start, BigDecimal weeklyHours, Instant now, String teamName) {
        int planCount = 0;
        int itemCount = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement planInsert = connection.prepareStatement("INSERT INTO development_plan (id, account_id, title, state,"
                     + " start_date, weekly_hours, created_at, version) VALUES (?, ?, ?, 'DRAFT', ?, ?, ?, 1)");
             PreparedStatement itemInsert = connection.prepareStatement("INSERT INTO plan_item (id, plan_id, resource_id, skill_id, position,"
                     + " planned_start, due_date, status, percent_done, hours_spent, version) VALUES (?, ?,"
                     + " (SELECT id FROM learning_resource WHERE code = ?), (SELECT id FROM skill WHERE code = ?), ?, ?, ?, 'NOT_STARTED', 0, 0, 1)")) {
            Set<Long> haveCurrent = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT account_id FROM development_plan"
                    + " WHERE state IN ('DRAFT', 'WAITING_FOR_REVIEW', 'IN_REVIEW', 'ACTIVE')");
                 ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    haveCurrent.add(rs.getLong(1));
                }
            }
            Timestamp created = Timestamp.valueOf(UtcTime.toColumn(now));
            long id = firstId;
            int pendingItems = 0;
            for (BulkPlans.NewPlan plan : plans) {
                if (haveCurrent.contains(plan.accountId())) {
                    continue;
                }
                long planId = id++;
                planInsert.setLong(1, planId);
                planInsert.setLong(2, plan.accountId());
                planInsert.setString(3, plan.title());
                planInsert.setDate(4, Date.valueOf(start));
                planInsert.setBigDecimal(5, weeklyHours);
                planInsert.setTimestamp(6, created);
                planInsert.addBatch();
                planCount++;
                for (GapPlan.Item item : plan.items()) {
                    itemInsert.setLong(1, id++);
                    itemInsert.setLong(2, planId);
                    itemInsert.setString(3, item.resourceCode());
                    if (item.skillCode() == null) {
                        itemInsert.setNull(4, Types.VARCHAR);
                    } else {
                        itemInsert.setString(4, item.skillCode());
                    }
                    itemInsert.setInt(5, item.position());
                    itemInsert.setDate(6, Date.valueOf(item.plannedStart()));
                    itemInsert.setDate(7, Date.valueOf(item.dueDate()));
                    itemInsert.addBatch();
                    itemCount++;
                    pendingItems++;
                }
                if (pendingItems >= BATCH) {
                    planInsert.executeBatch();
                    itemInsert.executeBatch();
                    pendingItems = 0;
                }
            }
            planInsert.executeBatch();
            itemInsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the bulk plans failed: " + e.getMessage(), e);
        }
        audit.record(AuditAction.CREATE, "DevelopmentPlan", "bulk", "Plans from gaps for " + planCount + " learners of " + teamName
                + " without a current plan (" + itemCount + " items), starting " + start + " at " + weeklyHours.stripTrailingZeros().toPlainString()
                + " h a week");
        return new Written(planCount, itemCount);
    }
}
