package io.github.samhttp.core.model;

/** How the HTTP Task encodes the request body ({@code Transform.RequestBodyEncoding}). */
public enum Encoding {
    JSON, URL_ENCODED
}
