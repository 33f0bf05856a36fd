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
import org.citybridge.directory.TargetResolver;
import org.citybridge.directory.Targets;
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
 * The secretariat hands a task to cities: the task is checked once (the secretariat, every input, the cities it goes
 * to) before anything is written, then the task, its attachments, one assignment per city (responsible: the city's
 * primary liaison) and the mail to the city's liaisons are written in one transaction.
 */
@Service
public class TaskAssigning {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;

    private final TaskStore store;
    private final TaskAccess access;
    private final CityDirectory directory;
    private final TargetResolver resolver;
    private final FileStore files;
    private final TaskMail mail;
    private final Clock clock;

    TaskAssigning(TaskStore store, TaskAccess access, CityDirectory directory, TargetResolver resolver, FileStore files,
                  TaskMail mail, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.resolver = resolver;
        this.files = files;
        this.mail = mail;
        this.clock = clock;
    }

    /** The cities the chosen targets reach today, for the count shown while the secretariat chooses them. */
    @Transactional(readOnly = true)
    public List<CityRef> reach(Targets chosen) {
        access.requireSecretariat();
        return resolver.resolve(chosen);
    }

    /**
     * Checks a task for the secretariat, once: every problem of the input at once (file contents are judged when
     * stored), so a form can show them all, and the cities it goes to.
     */
    @Transactional(readOnly = true)
    public Checked check(NewTask task) {
        Actor actor = access.requireSecretariat();
        List<RuleViolation> problems = new ArrayList<>();
        fields(task, problems);
        List<CityRef> cities = cities(task, problems);
        return new Checked(actor, task, cities, problems);
    }

    /** Checks and creates the task at once, as the API does; see {@link #assign(Checked, List)}. */
    @Transactional
    public long assign(NewTask task, List<Upload> attachments) {
        return assign(check(task), attachments);
    }

    /**
     * Creates a checked task and its assignments, for the cities the check found; answers the task's id. Refuses with
     * the first problem of the check, writing nothing.
     */
    @Transactional
    public long assign(Checked checked, List<Upload> attachments) {
        return assign(checked, attachments, null);
    }

    /**
     * As {@link #assign(Checked, List)}, the task made from a waiting draft ({@code TaskDrafts}), which then links to
     * it; refused, writing nothing, when the draft was assigned already or does not exist.
     */
    @Transactional
    public long assign(Checked checked, List<Upload> attachments, Long draftId) {
        if (!checked.problems.isEmpty()) {
            throw checked.problems.get(0);
        }
        NewTask task = checked.task;
        String title = task.title().strip();
        Instant now = clock.instant();
        long taskId = store.insertTask(title, RichText.sanitize(task.description()), task.priority(), task.dueDate(),
                checked.actor.username(), now);
        if (draftId != null && !store.takeDraft(draftId, taskId)) {
            throw new RuleViolation(null, "task.error.draftTaken");
        }
        int position = 0;
        for (Upload upload : attachments == null ? List.<Upload>of() : attachments) {
            if (upload.isNoFile()) {
                continue;
            }
            StoredFile file = files.store(upload, FilePolicy.DOCUMENTS, "attachments");
            store.insertAttachment(taskId, file.id(), position++);
        }
        Map<String, List<LiaisonContact>> liaisons = directory.activeLiaisons(checked.cities.stream().map(CityRef::code).toList())
                .stream().collect(Collectors.groupingBy(LiaisonContact::cityCode));
        for (CityRef city : checked.cities) {
            List<LiaisonContact> ofCity = liaisons.getOrDefault(city.code(), List.of());
            LiaisonContact responsible = ofCity.stream().filter(l -> l.role() == LiaisonRole.PRIMARY).findFirst()
                    .orElse(ofCity.isEmpty() ? null : ofCity.get(0));
            long assignmentId = store.insertAssignment(taskId, city, responsible == null ? null : responsible.personId(),
                    responsible == null ? null : responsible.name(), now);
            store.insertTransition(assignmentId, TaskAction.ASSIGN, null, AssignmentState.ASSIGNED, null,
                    checked.actor.username(), now);
            mail.assigned(taskId, title, task.priority(), task.dueDate(), city.name(), ofCity);
        }
        return taskId;
    }

    /**
     * A task as {@link #check} found it: its problems, or the cities it goes to, by code. Only {@code check} makes
     * one, for the secretariat, so {@link #assign(Checked, List)} writes it without checking again.
     */
    public static final class Checked {

        private final Actor actor;
        private final NewTask task;
        private final List<CityRef> cities;
        private final List<RuleViolation> problems;

        private Checked(Actor actor, NewTask task, List<CityRef> cities, List<RuleViolation> problems) {
            this.actor = actor;
            this.task = task;
            this.cities = List.copyOf(cities);
            this.problems = List.copyOf(problems);
        }

        public List<RuleViolation> problems() {
            return problems;
        }

        public List<CityRef> cities() {
            return cities;
        }
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

    /**
     * The cities the picker's targets reach, or the hand-picked cities that exist plus the member cities of the named
     * provinces; by code.
     */
    private List<CityRef> cities(NewTask task, List<RuleViolation> problems) {
        Map<String, CityRef> targets = new TreeMap<>();
        if (task.targets() != null) {
            try {
                resolver.resolve(task.targets()).forEach(c -> targets.put(c.code(), c));
            } catch (RuleViolation problem) {
                problems.add(problem);
            }
            return List.copyOf(targets.values());
        }
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
