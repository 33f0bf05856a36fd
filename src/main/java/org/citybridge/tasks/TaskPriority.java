package org.citybridge.tasks;

/** How pressing a task is: 一般, 重要, 紧急. */
public enum TaskPriority {
    NORMAL, HIGH, URGENT
}
