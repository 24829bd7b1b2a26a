package vn.dtihub.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Stored files in an S3-compatible object store (SeaweedFS, Garage, Ceph RGW, MinIO, a cloud's), one object per key
 * in one bucket, for several application nodes sharing one store. Configured by {@code dtihub.files.s3.*}.
 */
final class S3Blobs implements FileBlobs, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    S3Blobs(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {
        var builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new IOException("Could not store " + key + " in bucket " + bucket + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("Could not look up " + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Could not look up " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("Could not read " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw new IOException("Could not delete " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
