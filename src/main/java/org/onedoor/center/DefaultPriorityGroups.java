package org.onedoor.center;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.onedoor.catalog.PriorityGroup;
import org.onedoor.catalog.PriorityGroupRepository;

/** The groups Vietnamese service centers serve first; a manager may change or add to them. */
@ApplicationScoped
public class DefaultPriorityGroups {

    private static final String[][] GROUPS = {
        {"ELDERLY", "elderly", "Người cao tuổi (từ 60 tuổi)", "Elderly (60 and over)"},
        {"DISABILITY", "disability", "Người khuyết tật", "People with disabilities"},
        {"PREGNANT", "pregnant", "Phụ nữ mang thai", "Pregnant women"},
        {"CHILD", "child", "Người đi cùng trẻ dưới 6 tuổi", "With a child under 6"},
        {"MERIT", "merit", "Người có công với cách mạng", "People with meritorious service"},
    };

    @Inject
    PriorityGroupRepository groups;

    public Uni<Void> addTo(Center center) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < GROUPS.length; i++) {
            PriorityGroup g = new PriorityGroup();
            g.centerId = center.id;
            g.code = GROUPS[i][0];
            g.icon = GROUPS[i][1];
            g.names = Map.of("vi", GROUPS[i][2], "en", GROUPS[i][3]);
            g.displayOrder = i;
            chain = chain.chain(() -> groups.persist(g)).replaceWithVoid();
        }
        return chain;
    }
}
