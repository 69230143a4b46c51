package vn.thidua.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read-only entry point (a dashboard, a public page) whose reads may come from the streaming
 * replica when one is configured ({@code THIDUA_DB_REPLICA_URL}). Put it beside {@code
 * Transactional(readOnly = true)} on the same method: the connection that read-only transaction
 * takes is then the replica's (a read-write transaction always uses the primary). Without a
 * replica, or when it cannot be reached, it is the primary's. Only for reads that may lag the
 * primary by the replication delay (usually well under a second); never for a page shown right
 * after the user's own change. See docs/adr (replica reads) and docs/deployment.md.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsFromReplica {}
