package io.github.samhttp.core.model;

/**
 * How a URL-encoded body writes arrays ({@code Transform.RequestEncodingOptions.ArrayFormat}): for
 * {@code {"a": ["x", "y"]}}, INDICES gives {@code a[0]=x&a[1]=y} (the HTTP Task's default), REPEAT
 * {@code a=x&a=y}, COMMAS {@code a=x,y}, BRACKETS {@code a[]=x&a[]=y}.
 */
public enum ArrayFormat {
    INDICES, REPEAT, COMMAS, BRACKETS
}
