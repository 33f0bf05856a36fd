package org.citybridge.tasks.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.LiaisonContact;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.Membership;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.platform.html.RichText;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.tasks.AssignmentState;
import org.citybridge.tasks.TaskAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat hands a task to cities: every input is checked before anything is written, then the task, its
 * attachments, one assignment per city (responsible: the city's primary liaison) and the mail to the city's liaisons
 * are written in one transaction.
 */
@Service
public class TaskAssigning {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    private final TaskStore store;
    private final TaskAccess access;
    private final CityDirectory directory;
    private final FileStore files;
    private final TaskMail mail;
    private final Clock clock;

    TaskAssigning(TaskStore store, TaskAccess access, CityDirectory directory, FileStore files, TaskMail mail, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.files = files;
        this.mail = mail;
        this.clock = clock;
    }

    /** Every problem of the input at once (file contents are judged when stored), so a form can show them all. */
    @Transactional(readOnly = true)
    public List<RuleViolation> check(NewTask task) {
        access.requireSecretariat();
        List<RuleViolation> problems = new ArrayList<>();
        targets(task, problems);
        return problems;
    }

    /** Creates the task and its assignments; answers the task's id. Refuses with the first problem, writing nothing. */
    @Transactional
    public long assign(NewTask task, List<Upload> attachments) {
        Actor actor = access.requireSecretariat();
        List<RuleViolation> problems = new ArrayList<>();
        List<CityRef> cities = targets(task, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        Instant now = clock.instant();
        long taskId = store.insertTask(task.title().strip(), RichText.sanitize(task.description()), task.priority(),
                task.dueDate(), actor.username(), now);
        int position = 0;
        for (Upload upload : attachments == null ? List.<Upload>of() : attachments) {
            boolean noName = upload.name() == null || upload.name().isBlank();
            if (noName && (upload.content() == null || upload.content().length == 0)) {
                continue;
            }
            StoredFile file = files.store(upload, FilePolicy.DOCUMENTS, "attachments");
            store.insertAttachment(taskId, file.id(), position++);
        }
        Map<String, List<LiaisonContact>> liaisons = directory.activeLiaisons(cities.stream().map(CityRef::code).toList())
                .stream().collect(Collectors.groupingBy(LiaisonContact::cityCode));
        for (CityRef city : cities) {
            List<LiaisonContact> ofCity = liaisons.getOrDefault(city.code(), List.of());
            LiaisonContact responsible = ofCity.stream().filter(l -> l.role() == LiaisonRole.PRIMARY).findFirst()
                    .orElse(ofCity.isEmpty() ? null : ofCity.get(0));
            long assignmentId = store.insertAssignment(taskId, city, responsible == null ? null : responsible.personId(),
                    responsible == null ? null : responsible.name(), now);
            store.insertTransition(assignmentId, TaskAction.ASSIGN, null, AssignmentState.ASSIGNED, null, actor.username(), now);
            mail.assigned(taskId, task.title().strip(), task.priority(), task.dueDate(), city.name(), ofCity);
        }
        return taskId;
    }

    private void fields(NewTask task, List<RuleViolation> problems) {
        if (task.title() == null || task.title().isBlank()) {
            problems.add(new RuleViolation("title", "validation.required"));
        } else if (task.title().strip().length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "validation.tooLongAt", MAX_TITLE));
        }
        if (task.description() != null && task.description().length() > MAX_DESCRIPTION) {
            problems.add(new RuleViolation("description", "validation.tooLongAt", MAX_DESCRIPTION));
        }
        if (task.priority() == null) {
            problems.add(new RuleViolation("priority", "validation.required"));
        }
        if (task.dueDate() == null) {
            problems.add(new RuleViolation("dueDate", "validation.required"));
        } else if (task.dueDate().isBefore(LocalDate.now(clock))) {
            problems.add(new RuleViolation("dueDate", "task.error.dueInPast"));
        }
    }

    /** The hand-picked cities that exist plus the member cities of the named provinces, by code. */
    private List<CityRef> targets(NewTask task, List<RuleViolation> problems) {
        fields(task, problems);
        Map<String, CityRef> targets = new TreeMap<>();
        if (!task.cityCodes().isEmpty()) {
            List<CityRef> picked = directory.cityRefs(task.cityCodes());
            Set<String> known = picked.stream().map(CityRef::code).collect(Collectors.toSet());
            Set<String> unknown = task.cityCodes().stream().filter(c -> !known.contains(c)).collect(Collectors.toCollection(TreeSet::new));
            if (!unknown.isEmpty()) {
                problems.add(new RuleViolation("cityCodes", "task.error.unknownCities", String.join(", ", unknown)));
            }
            picked.forEach(c -> targets.put(c.code(), c));
        }
        for (String province : task.provinceCodes()) {
            if (!directory.provinceExists(province)) {
                problems.add(new RuleViolation("provinceCodes", "task.error.unknownProvince", province));
                continue;
            }
            directory.cityRefs(new CityFilter(province, null, Membership.MEMBER, null, null, false))
                    .forEach(c -> targets.putIfAbsent(c.code(), c));
        }
        boolean targetProblem = problems.stream().anyMatch(p -> "cityCodes".equals(p.field()) || "provinceCodes".equals(p.field()));
        if (targets.isEmpty() && !targetProblem) {
            problems.add(new RuleViolation("cityCodes", "task.error.noCities"));
        }
        return List.copyOf(targets.values());
    }
}
