package org.citybridge.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.citybridge.directory.CityLevel;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.tasks.TaskDraftView;
import org.citybridge.tasks.TaskPriority;
import org.citybridge.tasks.domain.NewTask;

/**
 * The new-task form, its cities chosen with the same picker as circulars; its rules are checked by the service so that the API and the form refuse alike. A bean rather
 * than a record so that a malformed date still gives back everything else the user typed.
 */
public class TaskForm {

    private String title = "";
    private String description = "";
    private TaskPriority priority = TaskPriority.NORMAL;
    private LocalDate dueDate;
    private TargetMode targetMode = TargetMode.PICKED;
    private List<String> provinces = new ArrayList<>();
    private CityLevel level;
    private String tag;
    private String pickedCities = "";
    /** The waiting draft this task is made from, if any ({@code TaskDrafts}). */
    private Long draftId;

    static TaskForm blank(LocalDate due) {
        TaskForm form = new TaskForm();
        form.setDueDate(due);
        return form;
    }

    /** The form filled from a waiting draft: its title, description and due date. */
    static TaskForm of(TaskDraftView draft) {
        TaskForm form = new TaskForm();
        form.setTitle(draft.title());
        form.setDescription(draft.description());
        form.setDueDate(draft.dueDate());
        form.setDraftId(draft.id());
        return form;
    }

    /** What staff typed as hand-picked cities, when that is the chosen way; null otherwise. */
    String pickedOrNull() {
        return targetMode == TargetMode.PICKED ? pickedCities : null;
    }

    /** The chosen targets, with the hand-picked names already read into codes. */
    Targets targets(List<String> pickedCodes) {
        return Targets.chosen(targetMode, provinces, level, tag, pickedCodes);
    }

    /** The task for the chosen targets, with the hand-picked names already read into codes. */
    NewTask toNewTask(List<String> pickedCodes) {
        return NewTask.forTargets(title, description, priority, dueDate, targets(pickedCodes));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public TaskPriority getPriority() {
        return priority;
    }

    public void setPriority(TaskPriority priority) {
        this.priority = priority;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public TargetMode getTargetMode() {
        return targetMode;
    }

    public void setTargetMode(TargetMode targetMode) {
        this.targetMode = targetMode == null ? TargetMode.PICKED : targetMode;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces == null ? new ArrayList<>() : provinces;
    }

    public CityLevel getLevel() {
        return level;
    }

    public void setLevel(CityLevel level) {
        this.level = level;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Long getDraftId() {
        return draftId;
    }

    public void setDraftId(Long draftId) {
        this.draftId = draftId;
    }

    public String getPickedCities() {
        return pickedCities;
    }

    public void setPickedCities(String pickedCities) {
        this.pickedCities = pickedCities;
    }
}
