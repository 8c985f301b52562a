/**
 * Publishing: the CDI {@link org.ssehub.publish.EventBus} every publish goes through (HTTP or
 * in-process), the rules a publish must meet, who may publish, the {@code /api/publish} resource
 * and the node's budget of publish bodies being read ({@link org.ssehub.publish.BodyBudget}).
 */
package org.ssehub.publish;
