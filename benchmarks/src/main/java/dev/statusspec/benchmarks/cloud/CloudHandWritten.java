package dev.statusspec.benchmarks.cloud;

/**
 * The keyed lookups of the 330-status catalogue as a careful user without statusspec writes them,
 * for the benchmarks to compare with the generated ones: a {@code switch} on the code, then javac's
 * string {@code switch} on the errorCode, returning the {@link CloudStatus} constant (null where
 * the generated method returns empty) or calling the handler method directly. Each code with
 * several statuses has its own small method, so that every method stays far below HotSpot's
 * 8,000-byte limit for compiling a method.
 *
 * <p>Written out by {@link HandWrittenGenerator} from {@link CloudStatus} (330 statuses are too
 * many to type); do not edit, regenerate. {@code HandWrittenTest} checks that it agrees with the
 * generated methods on every benchmark input.
 */
@SuppressWarnings("deprecation") // handles the deprecated statuses, as the generated code does
public final class CloudHandWritten {

  private CloudHandWritten() {}

  /**
   * {@link CloudStatus#resolve(int, String)} by hand: a switch on the code, then one on the
   * errorCode.
   *
   * @param code an HTTP status code, or any other number
   * @param errorCode the API's error code, or null
   * @return the status, or null if the spec has no status with this code
   */
  public static CloudStatus resolve(int code, String errorCode) {
    switch (code) {
      case 100:
        return CloudStatus.CONTINUE;
      case 101:
        return CloudStatus.SWITCHING_PROTOCOLS;
      case 102:
        return CloudStatus.PROCESSING;
      case 103:
        return CloudStatus.EARLY_HINTS;
      case 104:
        return CloudStatus.UPLOAD_RESUMPTION_SUPPORTED;
      case 200:
        return CloudStatus.OK;
      case 201:
        return CloudStatus.CREATED;
      case 202:
        return CloudStatus.ACCEPTED;
      case 203:
        return CloudStatus.NON_AUTHORITATIVE_INFORMATION;
      case 204:
        return CloudStatus.NO_CONTENT;
      case 205:
        return CloudStatus.RESET_CONTENT;
      case 206:
        return CloudStatus.PARTIAL_CONTENT;
      case 207:
        return CloudStatus.MULTI_STATUS;
      case 208:
        return CloudStatus.ALREADY_REPORTED;
      case 226:
        return CloudStatus.IM_USED;
      case 300:
        return CloudStatus.MULTIPLE_CHOICES;
      case 301:
        return resolve301(errorCode);
      case 302:
        return CloudStatus.FOUND;
      case 303:
        return CloudStatus.SEE_OTHER;
      case 304:
        return CloudStatus.NOT_MODIFIED;
      case 305:
        return CloudStatus.USE_PROXY;
      case 307:
        return resolve307(errorCode);
      case 308:
        return CloudStatus.PERMANENT_REDIRECT;
      case 400:
        return resolve400(errorCode);
      case 401:
        return CloudStatus.UNAUTHORIZED;
      case 402:
        return CloudStatus.PAYMENT_REQUIRED;
      case 403:
        return resolve403(errorCode);
      case 404:
        return resolve404(errorCode);
      case 405:
        return CloudStatus.METHOD_NOT_ALLOWED;
      case 406:
        return CloudStatus.NOT_ACCEPTABLE;
      case 407:
        return CloudStatus.PROXY_AUTHENTICATION_REQUIRED;
      case 408:
        return CloudStatus.REQUEST_TIMEOUT;
      case 409:
        return resolve409(errorCode);
      case 410:
        return CloudStatus.GONE;
      case 411:
        return resolve411(errorCode);
      case 412:
        return resolve412(errorCode);
      case 413:
        return CloudStatus.CONTENT_TOO_LARGE;
      case 414:
        return CloudStatus.URI_TOO_LONG;
      case 415:
        return CloudStatus.UNSUPPORTED_MEDIA_TYPE;
      case 416:
        return resolve416(errorCode);
      case 417:
        return CloudStatus.EXPECTATION_FAILED;
      case 421:
        return CloudStatus.MISDIRECTED_REQUEST;
      case 422:
        return CloudStatus.UNPROCESSABLE_CONTENT;
      case 423:
        return CloudStatus.LOCKED;
      case 424:
        return CloudStatus.FAILED_DEPENDENCY;
      case 425:
        return CloudStatus.TOO_EARLY;
      case 426:
        return CloudStatus.UPGRADE_REQUIRED;
      case 428:
        return CloudStatus.PRECONDITION_REQUIRED;
      case 429:
        return resolve429(errorCode);
      case 431:
        return CloudStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
      case 451:
        return CloudStatus.UNAVAILABLE_FOR_LEGAL_REASONS;
      case 500:
        return resolve500(errorCode);
      case 501:
        return CloudStatus.NOT_IMPLEMENTED;
      case 502:
        return CloudStatus.BAD_GATEWAY;
      case 503:
        return resolve503(errorCode);
      case 504:
        return CloudStatus.GATEWAY_TIMEOUT;
      case 505:
        return CloudStatus.HTTP_VERSION_NOT_SUPPORTED;
      case 506:
        return CloudStatus.VARIANT_ALSO_NEGOTIATES;
      case 507:
        return CloudStatus.INSUFFICIENT_STORAGE;
      case 508:
        return CloudStatus.LOOP_DETECTED;
      case 510:
        return CloudStatus.NOT_EXTENDED;
      case 511:
        return CloudStatus.NETWORK_AUTHENTICATION_REQUIRED;
      default:
        return null;
    }
  }

  private static CloudStatus resolve301(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.MOVED_PERMANENTLY;
    }
    switch (errorCode) {
      case "PermanentRedirect":
        return CloudStatus.S3_PERMANENT_REDIRECT;
      default:
        return CloudStatus.MOVED_PERMANENTLY;
    }
  }

  private static CloudStatus resolve307(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.TEMPORARY_REDIRECT;
    }
    switch (errorCode) {
      case "Redirect":
        return CloudStatus.REDIRECT;
      case "TemporaryRedirect":
        return CloudStatus.S3_TEMPORARY_REDIRECT;
      default:
        return CloudStatus.TEMPORARY_REDIRECT;
    }
  }

  private static CloudStatus resolve400(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.BAD_REQUEST;
    }
    switch (errorCode) {
      case "AmbiguousGrantByEmailAddress":
        return CloudStatus.AMBIGUOUS_GRANT_BY_EMAIL_ADDRESS;
      case "AuthorizationHeaderMalformed":
        return CloudStatus.AUTHORIZATION_HEADER_MALFORMED;
      case "BadDigest":
        return CloudStatus.BAD_DIGEST;
      case "CredentialsNotSupported":
        return CloudStatus.CREDENTIALS_NOT_SUPPORTED;
      case "EntityTooSmall":
        return CloudStatus.ENTITY_TOO_SMALL;
      case "EntityTooLarge":
        return CloudStatus.ENTITY_TOO_LARGE;
      case "ExpiredToken":
        return CloudStatus.EXPIRED_TOKEN;
      case "IllegalVersioningConfigurationException":
        return CloudStatus.ILLEGAL_VERSIONING_CONFIGURATION_EXCEPTION;
      case "IncompleteBody":
        return CloudStatus.INCOMPLETE_BODY;
      case "IncorrectNumberOfFilesInPostRequest":
        return CloudStatus.INCORRECT_NUMBER_OF_FILES_IN_POST_REQUEST;
      case "InlineDataTooLarge":
        return CloudStatus.INLINE_DATA_TOO_LARGE;
      case "InvalidArgument":
        return CloudStatus.INVALID_ARGUMENT;
      case "InvalidBucketName":
        return CloudStatus.INVALID_BUCKET_NAME;
      case "InvalidDigest":
        return CloudStatus.INVALID_DIGEST;
      case "InvalidEncryptionAlgorithmError":
        return CloudStatus.INVALID_ENCRYPTION_ALGORITHM_ERROR;
      case "InvalidLocationConstraint":
        return CloudStatus.INVALID_LOCATION_CONSTRAINT;
      case "InvalidPart":
        return CloudStatus.INVALID_PART;
      case "InvalidPartOrder":
        return CloudStatus.INVALID_PART_ORDER;
      case "InvalidPolicyDocument":
        return CloudStatus.INVALID_POLICY_DOCUMENT;
      case "InvalidRequest":
        return CloudStatus.INVALID_REQUEST;
      case "InvalidSOAPRequest":
        return CloudStatus.INVALID_SOAP_REQUEST;
      case "InvalidStorageClass":
        return CloudStatus.INVALID_STORAGE_CLASS;
      case "InvalidTargetBucketForLogging":
        return CloudStatus.INVALID_TARGET_BUCKET_FOR_LOGGING;
      case "InvalidToken":
        return CloudStatus.INVALID_TOKEN;
      case "InvalidURI":
        return CloudStatus.INVALID_URI;
      case "KeyTooLongError":
        return CloudStatus.KEY_TOO_LONG_ERROR;
      case "MalformedACLError":
        return CloudStatus.MALFORMED_ACL_ERROR;
      case "MalformedPOSTRequest":
        return CloudStatus.MALFORMED_POST_REQUEST;
      case "MalformedXML":
        return CloudStatus.MALFORMED_XML;
      case "MaxMessageLengthExceeded":
        return CloudStatus.MAX_MESSAGE_LENGTH_EXCEEDED;
      case "MaxPostPreDataLengthExceededError":
        return CloudStatus.MAX_POST_PRE_DATA_LENGTH_EXCEEDED_ERROR;
      case "MetadataTooLarge":
        return CloudStatus.METADATA_TOO_LARGE;
      case "MissingRequestBodyError":
        return CloudStatus.MISSING_REQUEST_BODY_ERROR;
      case "MissingSecurityElement":
        return CloudStatus.MISSING_SECURITY_ELEMENT;
      case "MissingSecurityHeader":
        return CloudStatus.MISSING_SECURITY_HEADER;
      case "NoLoggingStatusForKey":
        return CloudStatus.NO_LOGGING_STATUS_FOR_KEY;
      case "RequestIsNotMultiPartContent":
        return CloudStatus.REQUEST_IS_NOT_MULTI_PART_CONTENT;
      case "RequestTorrentOfBucketError":
        return CloudStatus.REQUEST_TORRENT_OF_BUCKET_ERROR;
      case "TokenRefreshRequired":
        return CloudStatus.TOKEN_REFRESH_REQUIRED;
      case "TooManyBuckets":
        return CloudStatus.TOO_MANY_BUCKETS;
      case "UnexpectedContent":
        return CloudStatus.UNEXPECTED_CONTENT;
      case "UnresolvableGrantByEmailAddress":
        return CloudStatus.UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS;
      case "UserKeyMustBeSpecified":
        return CloudStatus.USER_KEY_MUST_BE_SPECIFIED;
      case "InvalidTag":
        return CloudStatus.INVALID_TAG;
      case "InvalidWriteOffset":
        return CloudStatus.INVALID_WRITE_OFFSET;
      case "TooManyParts":
        return CloudStatus.TOO_MANY_PARTS;
      case "InvalidAccessPointConfiguration":
        return CloudStatus.INVALID_ACCESS_POINT_CONFIGURATION;
      case "InvalidAliasConfiguration":
        return CloudStatus.INVALID_ALIAS_CONFIGURATION;
      case "InvalidAnalyticsConfigurationConfiguration":
        return CloudStatus.INVALID_ANALYTICS_CONFIGURATION_CONFIGURATION;
      case "InvalidBatchJobConfiguration":
        return CloudStatus.INVALID_BATCH_JOB_CONFIGURATION;
      case "InvalidBucketPolicyConfiguration":
        return CloudStatus.INVALID_BUCKET_POLICY_CONFIGURATION;
      case "InvalidCertificateConfiguration":
        return CloudStatus.INVALID_CERTIFICATE_CONFIGURATION;
      case "InvalidClusterConfiguration":
        return CloudStatus.INVALID_CLUSTER_CONFIGURATION;
      case "InvalidConnectionConfiguration":
        return CloudStatus.INVALID_CONNECTION_CONFIGURATION;
      case "InvalidDataSetConfiguration":
        return CloudStatus.INVALID_DATA_SET_CONFIGURATION;
      case "InvalidDeploymentConfiguration":
        return CloudStatus.INVALID_DEPLOYMENT_CONFIGURATION;
      case "InvalidDirectoryConfiguration":
        return CloudStatus.INVALID_DIRECTORY_CONFIGURATION;
      case "InvalidDomainConfiguration":
        return CloudStatus.INVALID_DOMAIN_CONFIGURATION;
      case "InvalidEndpointConfiguration":
        return CloudStatus.INVALID_ENDPOINT_CONFIGURATION;
      case "InvalidEventSubscriptionConfiguration":
        return CloudStatus.INVALID_EVENT_SUBSCRIPTION_CONFIGURATION;
      case "InvalidExportTaskConfiguration":
        return CloudStatus.INVALID_EXPORT_TASK_CONFIGURATION;
      case "InvalidFileSystemConfiguration":
        return CloudStatus.INVALID_FILE_SYSTEM_CONFIGURATION;
      case "InvalidFunctionConfiguration":
        return CloudStatus.INVALID_FUNCTION_CONFIGURATION;
      case "InvalidGrantConfiguration":
        return CloudStatus.INVALID_GRANT_CONFIGURATION;
      case "InvalidGroupConfiguration":
        return CloudStatus.INVALID_GROUP_CONFIGURATION;
      case "InvalidImportTaskConfiguration":
        return CloudStatus.INVALID_IMPORT_TASK_CONFIGURATION;
      case "InvalidIndexConfiguration":
        return CloudStatus.INVALID_INDEX_CONFIGURATION;
      case "InvalidInstanceConfiguration":
        return CloudStatus.INVALID_INSTANCE_CONFIGURATION;
      case "InvalidIntelligentTieringConfigurationConfiguration":
        return CloudStatus.INVALID_INTELLIGENT_TIERING_CONFIGURATION_CONFIGURATION;
      case "InvalidInventoryConfigurationConfiguration":
        return CloudStatus.INVALID_INVENTORY_CONFIGURATION_CONFIGURATION;
      case "InvalidKeyPairConfiguration":
        return CloudStatus.INVALID_KEY_PAIR_CONFIGURATION;
      case "InvalidLayerConfiguration":
        return CloudStatus.INVALID_LAYER_CONFIGURATION;
      case "InvalidListenerConfiguration":
        return CloudStatus.INVALID_LISTENER_CONFIGURATION;
      case "InvalidLogGroupConfiguration":
        return CloudStatus.INVALID_LOG_GROUP_CONFIGURATION;
      case "InvalidMetricsConfigurationConfiguration":
        return CloudStatus.INVALID_METRICS_CONFIGURATION_CONFIGURATION;
      case "InvalidMountTargetConfiguration":
        return CloudStatus.INVALID_MOUNT_TARGET_CONFIGURATION;
      case "InvalidNamespaceConfiguration":
        return CloudStatus.INVALID_NAMESPACE_CONFIGURATION;
      case "InvalidNotificationConfigurationConfiguration":
        return CloudStatus.INVALID_NOTIFICATION_CONFIGURATION_CONFIGURATION;
      case "InvalidOwnershipControlsConfiguration":
        return CloudStatus.INVALID_OWNERSHIP_CONTROLS_CONFIGURATION;
      case "InvalidParameterConfiguration":
        return CloudStatus.INVALID_PARAMETER_CONFIGURATION;
      case "InvalidPipelineConfiguration":
        return CloudStatus.INVALID_PIPELINE_CONFIGURATION;
      case "InvalidQueueConfiguration":
        return CloudStatus.INVALID_QUEUE_CONFIGURATION;
      case "InvalidReplicaConfiguration":
        return CloudStatus.INVALID_REPLICA_CONFIGURATION;
      default:
        return CloudStatus.BAD_REQUEST;
    }
  }

  private static CloudStatus resolve403(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.FORBIDDEN;
    }
    switch (errorCode) {
      case "AccessDenied":
        return CloudStatus.ACCESS_DENIED;
      case "AccountProblem":
        return CloudStatus.ACCOUNT_PROBLEM;
      case "AllAccessDisabled":
        return CloudStatus.ALL_ACCESS_DISABLED;
      case "CrossLocationLoggingProhibited":
        return CloudStatus.CROSS_LOCATION_LOGGING_PROHIBITED;
      case "InvalidAccessKeyId":
        return CloudStatus.INVALID_ACCESS_KEY_ID;
      case "InvalidObjectState":
        return CloudStatus.INVALID_OBJECT_STATE;
      case "InvalidPayer":
        return CloudStatus.INVALID_PAYER;
      case "InvalidSecurity":
        return CloudStatus.INVALID_SECURITY;
      case "NotSignedUp":
        return CloudStatus.NOT_SIGNED_UP;
      case "RequestTimeTooSkewed":
        return CloudStatus.REQUEST_TIME_TOO_SKEWED;
      case "SignatureDoesNotMatch":
        return CloudStatus.SIGNATURE_DOES_NOT_MATCH;
      default:
        return CloudStatus.FORBIDDEN;
    }
  }

  private static CloudStatus resolve404(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.NOT_FOUND;
    }
    switch (errorCode) {
      case "NoSuchBucket":
        return CloudStatus.NO_SUCH_BUCKET;
      case "NoSuchBucketPolicy":
        return CloudStatus.NO_SUCH_BUCKET_POLICY;
      case "NoSuchKey":
        return CloudStatus.NO_SUCH_KEY;
      case "NoSuchLifecycleConfiguration":
        return CloudStatus.NO_SUCH_LIFECYCLE_CONFIGURATION;
      case "NoSuchUpload":
        return CloudStatus.NO_SUCH_UPLOAD;
      case "NoSuchVersion":
        return CloudStatus.NO_SUCH_VERSION;
      case "NoSuchAccessPoint":
        return CloudStatus.NO_SUCH_ACCESS_POINT;
      case "NoSuchTagSet":
        return CloudStatus.NO_SUCH_TAG_SET;
      case "NoSuchCORSConfiguration":
        return CloudStatus.NO_SUCH_CORS_CONFIGURATION;
      case "NoSuchWebsiteConfiguration":
        return CloudStatus.NO_SUCH_WEBSITE_CONFIGURATION;
      case "ObjectLockConfigurationNotFoundError":
        return CloudStatus.OBJECT_LOCK_CONFIGURATION_NOT_FOUND_ERROR;
      case "ServerSideEncryptionConfigurationNotFoundError":
        return CloudStatus.SERVER_SIDE_ENCRYPTION_CONFIGURATION_NOT_FOUND_ERROR;
      case "ReplicationConfigurationNotFoundError":
        return CloudStatus.REPLICATION_CONFIGURATION_NOT_FOUND_ERROR;
      case "NoSuchAlias":
        return CloudStatus.NO_SUCH_ALIAS;
      case "NoSuchAnalyticsConfiguration":
        return CloudStatus.NO_SUCH_ANALYTICS_CONFIGURATION;
      case "NoSuchBatchJob":
        return CloudStatus.NO_SUCH_BATCH_JOB;
      case "NoSuchCertificate":
        return CloudStatus.NO_SUCH_CERTIFICATE;
      case "NoSuchCluster":
        return CloudStatus.NO_SUCH_CLUSTER;
      case "NoSuchConnection":
        return CloudStatus.NO_SUCH_CONNECTION;
      case "NoSuchDataSet":
        return CloudStatus.NO_SUCH_DATA_SET;
      case "NoSuchDeployment":
        return CloudStatus.NO_SUCH_DEPLOYMENT;
      case "NoSuchDirectory":
        return CloudStatus.NO_SUCH_DIRECTORY;
      case "NoSuchDomain":
        return CloudStatus.NO_SUCH_DOMAIN;
      case "NoSuchEndpoint":
        return CloudStatus.NO_SUCH_ENDPOINT;
      case "NoSuchEventSubscription":
        return CloudStatus.NO_SUCH_EVENT_SUBSCRIPTION;
      case "NoSuchExportTask":
        return CloudStatus.NO_SUCH_EXPORT_TASK;
      case "NoSuchFileSystem":
        return CloudStatus.NO_SUCH_FILE_SYSTEM;
      case "NoSuchFunction":
        return CloudStatus.NO_SUCH_FUNCTION;
      case "NoSuchGrant":
        return CloudStatus.NO_SUCH_GRANT;
      case "NoSuchGroup":
        return CloudStatus.NO_SUCH_GROUP;
      case "NoSuchImportTask":
        return CloudStatus.NO_SUCH_IMPORT_TASK;
      case "NoSuchIndex":
        return CloudStatus.NO_SUCH_INDEX;
      case "NoSuchInstance":
        return CloudStatus.NO_SUCH_INSTANCE;
      case "NoSuchIntelligentTieringConfiguration":
        return CloudStatus.NO_SUCH_INTELLIGENT_TIERING_CONFIGURATION;
      case "NoSuchInventoryConfiguration":
        return CloudStatus.NO_SUCH_INVENTORY_CONFIGURATION;
      case "NoSuchKeyPair":
        return CloudStatus.NO_SUCH_KEY_PAIR;
      case "NoSuchLayer":
        return CloudStatus.NO_SUCH_LAYER;
      case "NoSuchListener":
        return CloudStatus.NO_SUCH_LISTENER;
      case "NoSuchLogGroup":
        return CloudStatus.NO_SUCH_LOG_GROUP;
      case "NoSuchMetricsConfiguration":
        return CloudStatus.NO_SUCH_METRICS_CONFIGURATION;
      case "NoSuchMountTarget":
        return CloudStatus.NO_SUCH_MOUNT_TARGET;
      case "NoSuchNamespace":
        return CloudStatus.NO_SUCH_NAMESPACE;
      case "NoSuchNotificationConfiguration":
        return CloudStatus.NO_SUCH_NOTIFICATION_CONFIGURATION;
      case "NoSuchOwnershipControls":
        return CloudStatus.NO_SUCH_OWNERSHIP_CONTROLS;
      case "NoSuchParameter":
        return CloudStatus.NO_SUCH_PARAMETER;
      case "NoSuchPipeline":
        return CloudStatus.NO_SUCH_PIPELINE;
      case "NoSuchQueue":
        return CloudStatus.NO_SUCH_QUEUE;
      case "NoSuchReplica":
        return CloudStatus.NO_SUCH_REPLICA;
      default:
        return CloudStatus.NOT_FOUND;
    }
  }

  private static CloudStatus resolve409(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.CONFLICT;
    }
    switch (errorCode) {
      case "BucketAlreadyExists":
        return CloudStatus.BUCKET_ALREADY_EXISTS;
      case "BucketAlreadyOwnedByYou":
        return CloudStatus.BUCKET_ALREADY_OWNED_BY_YOU;
      case "BucketNotEmpty":
        return CloudStatus.BUCKET_NOT_EMPTY;
      case "InvalidBucketState":
        return CloudStatus.INVALID_BUCKET_STATE;
      case "OperationAborted":
        return CloudStatus.OPERATION_ABORTED;
      case "RestoreAlreadyInProgress":
        return CloudStatus.RESTORE_ALREADY_IN_PROGRESS;
      case "ConditionalRequestConflict":
        return CloudStatus.CONDITIONAL_REQUEST_CONFLICT;
      case "AccessPointAlreadyExists":
        return CloudStatus.ACCESS_POINT_ALREADY_EXISTS;
      case "AccessPointInUse":
        return CloudStatus.ACCESS_POINT_IN_USE;
      case "AliasAlreadyExists":
        return CloudStatus.ALIAS_ALREADY_EXISTS;
      case "AliasInUse":
        return CloudStatus.ALIAS_IN_USE;
      case "AnalyticsConfigurationAlreadyExists":
        return CloudStatus.ANALYTICS_CONFIGURATION_ALREADY_EXISTS;
      case "AnalyticsConfigurationInUse":
        return CloudStatus.ANALYTICS_CONFIGURATION_IN_USE;
      case "BatchJobAlreadyExists":
        return CloudStatus.BATCH_JOB_ALREADY_EXISTS;
      case "BatchJobInUse":
        return CloudStatus.BATCH_JOB_IN_USE;
      case "BucketPolicyAlreadyExists":
        return CloudStatus.BUCKET_POLICY_ALREADY_EXISTS;
      case "BucketPolicyInUse":
        return CloudStatus.BUCKET_POLICY_IN_USE;
      case "CertificateAlreadyExists":
        return CloudStatus.CERTIFICATE_ALREADY_EXISTS;
      case "CertificateInUse":
        return CloudStatus.CERTIFICATE_IN_USE;
      case "ClusterAlreadyExists":
        return CloudStatus.CLUSTER_ALREADY_EXISTS;
      case "ClusterInUse":
        return CloudStatus.CLUSTER_IN_USE;
      case "ConnectionAlreadyExists":
        return CloudStatus.CONNECTION_ALREADY_EXISTS;
      case "ConnectionInUse":
        return CloudStatus.CONNECTION_IN_USE;
      case "DataSetAlreadyExists":
        return CloudStatus.DATA_SET_ALREADY_EXISTS;
      case "DataSetInUse":
        return CloudStatus.DATA_SET_IN_USE;
      case "DeploymentAlreadyExists":
        return CloudStatus.DEPLOYMENT_ALREADY_EXISTS;
      case "DeploymentInUse":
        return CloudStatus.DEPLOYMENT_IN_USE;
      case "DirectoryAlreadyExists":
        return CloudStatus.DIRECTORY_ALREADY_EXISTS;
      case "DirectoryInUse":
        return CloudStatus.DIRECTORY_IN_USE;
      case "DomainAlreadyExists":
        return CloudStatus.DOMAIN_ALREADY_EXISTS;
      case "DomainInUse":
        return CloudStatus.DOMAIN_IN_USE;
      case "EndpointAlreadyExists":
        return CloudStatus.ENDPOINT_ALREADY_EXISTS;
      case "EndpointInUse":
        return CloudStatus.ENDPOINT_IN_USE;
      case "EventSubscriptionAlreadyExists":
        return CloudStatus.EVENT_SUBSCRIPTION_ALREADY_EXISTS;
      case "EventSubscriptionInUse":
        return CloudStatus.EVENT_SUBSCRIPTION_IN_USE;
      case "ExportTaskAlreadyExists":
        return CloudStatus.EXPORT_TASK_ALREADY_EXISTS;
      case "ExportTaskInUse":
        return CloudStatus.EXPORT_TASK_IN_USE;
      case "FileSystemAlreadyExists":
        return CloudStatus.FILE_SYSTEM_ALREADY_EXISTS;
      case "FileSystemInUse":
        return CloudStatus.FILE_SYSTEM_IN_USE;
      case "FunctionAlreadyExists":
        return CloudStatus.FUNCTION_ALREADY_EXISTS;
      case "FunctionInUse":
        return CloudStatus.FUNCTION_IN_USE;
      case "GrantAlreadyExists":
        return CloudStatus.GRANT_ALREADY_EXISTS;
      case "GrantInUse":
        return CloudStatus.GRANT_IN_USE;
      case "GroupAlreadyExists":
        return CloudStatus.GROUP_ALREADY_EXISTS;
      case "GroupInUse":
        return CloudStatus.GROUP_IN_USE;
      case "ImportTaskAlreadyExists":
        return CloudStatus.IMPORT_TASK_ALREADY_EXISTS;
      case "ImportTaskInUse":
        return CloudStatus.IMPORT_TASK_IN_USE;
      case "IndexAlreadyExists":
        return CloudStatus.INDEX_ALREADY_EXISTS;
      case "IndexInUse":
        return CloudStatus.INDEX_IN_USE;
      case "InstanceAlreadyExists":
        return CloudStatus.INSTANCE_ALREADY_EXISTS;
      case "InstanceInUse":
        return CloudStatus.INSTANCE_IN_USE;
      case "IntelligentTieringConfigurationAlreadyExists":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_ALREADY_EXISTS;
      case "IntelligentTieringConfigurationInUse":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_IN_USE;
      case "InventoryConfigurationAlreadyExists":
        return CloudStatus.INVENTORY_CONFIGURATION_ALREADY_EXISTS;
      case "InventoryConfigurationInUse":
        return CloudStatus.INVENTORY_CONFIGURATION_IN_USE;
      case "KeyPairAlreadyExists":
        return CloudStatus.KEY_PAIR_ALREADY_EXISTS;
      case "KeyPairInUse":
        return CloudStatus.KEY_PAIR_IN_USE;
      case "LayerAlreadyExists":
        return CloudStatus.LAYER_ALREADY_EXISTS;
      case "LayerInUse":
        return CloudStatus.LAYER_IN_USE;
      case "ListenerAlreadyExists":
        return CloudStatus.LISTENER_ALREADY_EXISTS;
      case "ListenerInUse":
        return CloudStatus.LISTENER_IN_USE;
      case "LogGroupAlreadyExists":
        return CloudStatus.LOG_GROUP_ALREADY_EXISTS;
      case "LogGroupInUse":
        return CloudStatus.LOG_GROUP_IN_USE;
      case "MetricsConfigurationAlreadyExists":
        return CloudStatus.METRICS_CONFIGURATION_ALREADY_EXISTS;
      case "MetricsConfigurationInUse":
        return CloudStatus.METRICS_CONFIGURATION_IN_USE;
      case "MountTargetAlreadyExists":
        return CloudStatus.MOUNT_TARGET_ALREADY_EXISTS;
      case "MountTargetInUse":
        return CloudStatus.MOUNT_TARGET_IN_USE;
      case "NamespaceAlreadyExists":
        return CloudStatus.NAMESPACE_ALREADY_EXISTS;
      case "NamespaceInUse":
        return CloudStatus.NAMESPACE_IN_USE;
      case "NotificationConfigurationAlreadyExists":
        return CloudStatus.NOTIFICATION_CONFIGURATION_ALREADY_EXISTS;
      case "NotificationConfigurationInUse":
        return CloudStatus.NOTIFICATION_CONFIGURATION_IN_USE;
      case "OwnershipControlsAlreadyExists":
        return CloudStatus.OWNERSHIP_CONTROLS_ALREADY_EXISTS;
      case "OwnershipControlsInUse":
        return CloudStatus.OWNERSHIP_CONTROLS_IN_USE;
      case "ParameterAlreadyExists":
        return CloudStatus.PARAMETER_ALREADY_EXISTS;
      case "ParameterInUse":
        return CloudStatus.PARAMETER_IN_USE;
      case "PipelineAlreadyExists":
        return CloudStatus.PIPELINE_ALREADY_EXISTS;
      case "PipelineInUse":
        return CloudStatus.PIPELINE_IN_USE;
      case "QueueAlreadyExists":
        return CloudStatus.QUEUE_ALREADY_EXISTS;
      case "QueueInUse":
        return CloudStatus.QUEUE_IN_USE;
      case "ReplicaAlreadyExists":
        return CloudStatus.REPLICA_ALREADY_EXISTS;
      case "ReplicaInUse":
        return CloudStatus.REPLICA_IN_USE;
      default:
        return CloudStatus.CONFLICT;
    }
  }

  private static CloudStatus resolve411(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.LENGTH_REQUIRED;
    }
    switch (errorCode) {
      case "MissingContentLength":
        return CloudStatus.MISSING_CONTENT_LENGTH;
      default:
        return CloudStatus.LENGTH_REQUIRED;
    }
  }

  private static CloudStatus resolve412(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.PRECONDITION_FAILED;
    }
    switch (errorCode) {
      case "PreconditionFailed":
        return CloudStatus.S3_PRECONDITION_FAILED;
      default:
        return CloudStatus.PRECONDITION_FAILED;
    }
  }

  private static CloudStatus resolve416(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.RANGE_NOT_SATISFIABLE;
    }
    switch (errorCode) {
      case "InvalidRange":
        return CloudStatus.INVALID_RANGE;
      default:
        return CloudStatus.RANGE_NOT_SATISFIABLE;
    }
  }

  private static CloudStatus resolve429(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.TOO_MANY_REQUESTS;
    }
    switch (errorCode) {
      case "AccessPointQuotaExceeded":
        return CloudStatus.ACCESS_POINT_QUOTA_EXCEEDED;
      case "AliasQuotaExceeded":
        return CloudStatus.ALIAS_QUOTA_EXCEEDED;
      case "AnalyticsConfigurationQuotaExceeded":
        return CloudStatus.ANALYTICS_CONFIGURATION_QUOTA_EXCEEDED;
      case "BatchJobQuotaExceeded":
        return CloudStatus.BATCH_JOB_QUOTA_EXCEEDED;
      case "BucketPolicyQuotaExceeded":
        return CloudStatus.BUCKET_POLICY_QUOTA_EXCEEDED;
      case "CertificateQuotaExceeded":
        return CloudStatus.CERTIFICATE_QUOTA_EXCEEDED;
      case "ClusterQuotaExceeded":
        return CloudStatus.CLUSTER_QUOTA_EXCEEDED;
      case "ConnectionQuotaExceeded":
        return CloudStatus.CONNECTION_QUOTA_EXCEEDED;
      case "DataSetQuotaExceeded":
        return CloudStatus.DATA_SET_QUOTA_EXCEEDED;
      case "DeploymentQuotaExceeded":
        return CloudStatus.DEPLOYMENT_QUOTA_EXCEEDED;
      case "DirectoryQuotaExceeded":
        return CloudStatus.DIRECTORY_QUOTA_EXCEEDED;
      case "DomainQuotaExceeded":
        return CloudStatus.DOMAIN_QUOTA_EXCEEDED;
      case "EndpointQuotaExceeded":
        return CloudStatus.ENDPOINT_QUOTA_EXCEEDED;
      case "EventSubscriptionQuotaExceeded":
        return CloudStatus.EVENT_SUBSCRIPTION_QUOTA_EXCEEDED;
      case "ExportTaskQuotaExceeded":
        return CloudStatus.EXPORT_TASK_QUOTA_EXCEEDED;
      case "FileSystemQuotaExceeded":
        return CloudStatus.FILE_SYSTEM_QUOTA_EXCEEDED;
      case "FunctionQuotaExceeded":
        return CloudStatus.FUNCTION_QUOTA_EXCEEDED;
      case "GrantQuotaExceeded":
        return CloudStatus.GRANT_QUOTA_EXCEEDED;
      case "GroupQuotaExceeded":
        return CloudStatus.GROUP_QUOTA_EXCEEDED;
      case "ImportTaskQuotaExceeded":
        return CloudStatus.IMPORT_TASK_QUOTA_EXCEEDED;
      case "IndexQuotaExceeded":
        return CloudStatus.INDEX_QUOTA_EXCEEDED;
      case "InstanceQuotaExceeded":
        return CloudStatus.INSTANCE_QUOTA_EXCEEDED;
      case "IntelligentTieringConfigurationQuotaExceeded":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_QUOTA_EXCEEDED;
      case "InventoryConfigurationQuotaExceeded":
        return CloudStatus.INVENTORY_CONFIGURATION_QUOTA_EXCEEDED;
      case "KeyPairQuotaExceeded":
        return CloudStatus.KEY_PAIR_QUOTA_EXCEEDED;
      case "LayerQuotaExceeded":
        return CloudStatus.LAYER_QUOTA_EXCEEDED;
      case "ListenerQuotaExceeded":
        return CloudStatus.LISTENER_QUOTA_EXCEEDED;
      case "LogGroupQuotaExceeded":
        return CloudStatus.LOG_GROUP_QUOTA_EXCEEDED;
      case "MetricsConfigurationQuotaExceeded":
        return CloudStatus.METRICS_CONFIGURATION_QUOTA_EXCEEDED;
      case "MountTargetQuotaExceeded":
        return CloudStatus.MOUNT_TARGET_QUOTA_EXCEEDED;
      case "NamespaceQuotaExceeded":
        return CloudStatus.NAMESPACE_QUOTA_EXCEEDED;
      case "NotificationConfigurationQuotaExceeded":
        return CloudStatus.NOTIFICATION_CONFIGURATION_QUOTA_EXCEEDED;
      case "OwnershipControlsQuotaExceeded":
        return CloudStatus.OWNERSHIP_CONTROLS_QUOTA_EXCEEDED;
      case "ParameterQuotaExceeded":
        return CloudStatus.PARAMETER_QUOTA_EXCEEDED;
      case "PipelineQuotaExceeded":
        return CloudStatus.PIPELINE_QUOTA_EXCEEDED;
      case "QueueQuotaExceeded":
        return CloudStatus.QUEUE_QUOTA_EXCEEDED;
      case "ReplicaQuotaExceeded":
        return CloudStatus.REPLICA_QUOTA_EXCEEDED;
      default:
        return CloudStatus.TOO_MANY_REQUESTS;
    }
  }

  private static CloudStatus resolve500(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.INTERNAL_SERVER_ERROR;
    }
    switch (errorCode) {
      case "InternalError":
        return CloudStatus.INTERNAL_ERROR;
      default:
        return CloudStatus.INTERNAL_SERVER_ERROR;
    }
  }

  private static CloudStatus resolve503(String errorCode) {
    if (errorCode == null) {
      return CloudStatus.SERVICE_UNAVAILABLE;
    }
    switch (errorCode) {
      case "SlowDown":
        return CloudStatus.SLOW_DOWN;
      default:
        return CloudStatus.SERVICE_UNAVAILABLE;
    }
  }

  /**
   * {@link CloudStatus#fromProblem(int, String, String)} by hand: a switch on the type (on its
   * first character after {@code https://cloud.example.com/problems/}, then on the whole string),
   * else {@link #resolve(int, String)}.
   *
   * @param status the HTTP status code of the response
   * @param type the body's {@code type}, or null
   * @param errorCode the body's errorCode member, or null
   * @return the status, or null if neither the type nor the code is the spec's
   */
  public static CloudStatus fromProblem(int status, String type, String errorCode) {
    if (type != null && type.length() > 35) {
      CloudStatus typed;
      switch (type.charAt(35)) {
        case 'a':
          typed = typeA(type);
          break;
        case 'b':
          typed = typeB(type);
          break;
        case 'c':
          typed = typeC(type);
          break;
        case 'd':
          typed = typeD(type);
          break;
        case 'e':
          typed = typeE(type);
          break;
        case 'f':
          typed = typeF(type);
          break;
        case 'g':
          typed = typeG(type);
          break;
        case 'h':
          typed = typeH(type);
          break;
        case 'i':
          typed = typeI(type);
          break;
        case 'k':
          typed = typeK(type);
          break;
        case 'l':
          typed = typeL(type);
          break;
        case 'm':
          typed = typeM(type);
          break;
        case 'n':
          typed = typeN(type);
          break;
        case 'o':
          typed = typeO(type);
          break;
        case 'p':
          typed = typeP(type);
          break;
        case 'q':
          typed = typeQ(type);
          break;
        case 'r':
          typed = typeR(type);
          break;
        case 's':
          typed = typeS(type);
          break;
        case 't':
          typed = typeT(type);
          break;
        case 'u':
          typed = typeU(type);
          break;
        case 'v':
          typed = typeV(type);
          break;
        default:
          typed = null;
      }
      if (typed != null) {
        return typed;
      }
    }
    return resolve(status, errorCode);
  }

  private static CloudStatus typeA(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/accepted":
        return CloudStatus.ACCEPTED;
      case "https://cloud.example.com/problems/already-reported":
        return CloudStatus.ALREADY_REPORTED;
      case "https://cloud.example.com/problems/access-denied":
        return CloudStatus.ACCESS_DENIED;
      case "https://cloud.example.com/problems/account-problem":
        return CloudStatus.ACCOUNT_PROBLEM;
      case "https://cloud.example.com/problems/all-access-disabled":
        return CloudStatus.ALL_ACCESS_DISABLED;
      case "https://cloud.example.com/problems/ambiguous-grant-by-email-address":
        return CloudStatus.AMBIGUOUS_GRANT_BY_EMAIL_ADDRESS;
      case "https://cloud.example.com/problems/authorization-header-malformed":
        return CloudStatus.AUTHORIZATION_HEADER_MALFORMED;
      case "https://cloud.example.com/problems/access-point-already-exists":
        return CloudStatus.ACCESS_POINT_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/access-point-quota-exceeded":
        return CloudStatus.ACCESS_POINT_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/access-point-in-use":
        return CloudStatus.ACCESS_POINT_IN_USE;
      case "https://cloud.example.com/problems/alias-already-exists":
        return CloudStatus.ALIAS_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/alias-quota-exceeded":
        return CloudStatus.ALIAS_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/alias-in-use":
        return CloudStatus.ALIAS_IN_USE;
      case "https://cloud.example.com/problems/analytics-configuration-already-exists":
        return CloudStatus.ANALYTICS_CONFIGURATION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/analytics-configuration-quota-exceeded":
        return CloudStatus.ANALYTICS_CONFIGURATION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/analytics-configuration-in-use":
        return CloudStatus.ANALYTICS_CONFIGURATION_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeB(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/bad-request":
        return CloudStatus.BAD_REQUEST;
      case "https://cloud.example.com/problems/bad-gateway":
        return CloudStatus.BAD_GATEWAY;
      case "https://cloud.example.com/problems/bad-digest":
        return CloudStatus.BAD_DIGEST;
      case "https://cloud.example.com/problems/bucket-already-exists":
        return CloudStatus.BUCKET_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/bucket-already-owned-by-you":
        return CloudStatus.BUCKET_ALREADY_OWNED_BY_YOU;
      case "https://cloud.example.com/problems/bucket-not-empty":
        return CloudStatus.BUCKET_NOT_EMPTY;
      case "https://cloud.example.com/problems/batch-job-already-exists":
        return CloudStatus.BATCH_JOB_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/batch-job-quota-exceeded":
        return CloudStatus.BATCH_JOB_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/batch-job-in-use":
        return CloudStatus.BATCH_JOB_IN_USE;
      case "https://cloud.example.com/problems/bucket-policy-already-exists":
        return CloudStatus.BUCKET_POLICY_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/bucket-policy-quota-exceeded":
        return CloudStatus.BUCKET_POLICY_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/bucket-policy-in-use":
        return CloudStatus.BUCKET_POLICY_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeC(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/continue":
        return CloudStatus.CONTINUE;
      case "https://cloud.example.com/problems/created":
        return CloudStatus.CREATED;
      case "https://cloud.example.com/problems/conflict":
        return CloudStatus.CONFLICT;
      case "https://cloud.example.com/problems/content-too-large":
        return CloudStatus.CONTENT_TOO_LARGE;
      case "https://cloud.example.com/problems/credentials-not-supported":
        return CloudStatus.CREDENTIALS_NOT_SUPPORTED;
      case "https://cloud.example.com/problems/cross-location-logging-prohibited":
        return CloudStatus.CROSS_LOCATION_LOGGING_PROHIBITED;
      case "https://cloud.example.com/problems/conditional-request-conflict":
        return CloudStatus.CONDITIONAL_REQUEST_CONFLICT;
      case "https://cloud.example.com/problems/certificate-already-exists":
        return CloudStatus.CERTIFICATE_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/certificate-quota-exceeded":
        return CloudStatus.CERTIFICATE_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/certificate-in-use":
        return CloudStatus.CERTIFICATE_IN_USE;
      case "https://cloud.example.com/problems/cluster-already-exists":
        return CloudStatus.CLUSTER_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/cluster-quota-exceeded":
        return CloudStatus.CLUSTER_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/cluster-in-use":
        return CloudStatus.CLUSTER_IN_USE;
      case "https://cloud.example.com/problems/connection-already-exists":
        return CloudStatus.CONNECTION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/connection-quota-exceeded":
        return CloudStatus.CONNECTION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/connection-in-use":
        return CloudStatus.CONNECTION_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeD(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/data-set-already-exists":
        return CloudStatus.DATA_SET_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/data-set-quota-exceeded":
        return CloudStatus.DATA_SET_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/data-set-in-use":
        return CloudStatus.DATA_SET_IN_USE;
      case "https://cloud.example.com/problems/deployment-already-exists":
        return CloudStatus.DEPLOYMENT_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/deployment-quota-exceeded":
        return CloudStatus.DEPLOYMENT_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/deployment-in-use":
        return CloudStatus.DEPLOYMENT_IN_USE;
      case "https://cloud.example.com/problems/directory-already-exists":
        return CloudStatus.DIRECTORY_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/directory-quota-exceeded":
        return CloudStatus.DIRECTORY_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/directory-in-use":
        return CloudStatus.DIRECTORY_IN_USE;
      case "https://cloud.example.com/problems/domain-already-exists":
        return CloudStatus.DOMAIN_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/domain-quota-exceeded":
        return CloudStatus.DOMAIN_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/domain-in-use":
        return CloudStatus.DOMAIN_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeE(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/early-hints":
        return CloudStatus.EARLY_HINTS;
      case "https://cloud.example.com/problems/expectation-failed":
        return CloudStatus.EXPECTATION_FAILED;
      case "https://cloud.example.com/problems/entity-too-small":
        return CloudStatus.ENTITY_TOO_SMALL;
      case "https://cloud.example.com/problems/entity-too-large":
        return CloudStatus.ENTITY_TOO_LARGE;
      case "https://cloud.example.com/problems/expired-token":
        return CloudStatus.EXPIRED_TOKEN;
      case "https://cloud.example.com/problems/endpoint-already-exists":
        return CloudStatus.ENDPOINT_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/endpoint-quota-exceeded":
        return CloudStatus.ENDPOINT_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/endpoint-in-use":
        return CloudStatus.ENDPOINT_IN_USE;
      case "https://cloud.example.com/problems/event-subscription-already-exists":
        return CloudStatus.EVENT_SUBSCRIPTION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/event-subscription-quota-exceeded":
        return CloudStatus.EVENT_SUBSCRIPTION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/event-subscription-in-use":
        return CloudStatus.EVENT_SUBSCRIPTION_IN_USE;
      case "https://cloud.example.com/problems/export-task-already-exists":
        return CloudStatus.EXPORT_TASK_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/export-task-quota-exceeded":
        return CloudStatus.EXPORT_TASK_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/export-task-in-use":
        return CloudStatus.EXPORT_TASK_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeF(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/found":
        return CloudStatus.FOUND;
      case "https://cloud.example.com/problems/forbidden":
        return CloudStatus.FORBIDDEN;
      case "https://cloud.example.com/problems/failed-dependency":
        return CloudStatus.FAILED_DEPENDENCY;
      case "https://cloud.example.com/problems/file-system-already-exists":
        return CloudStatus.FILE_SYSTEM_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/file-system-quota-exceeded":
        return CloudStatus.FILE_SYSTEM_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/file-system-in-use":
        return CloudStatus.FILE_SYSTEM_IN_USE;
      case "https://cloud.example.com/problems/function-already-exists":
        return CloudStatus.FUNCTION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/function-quota-exceeded":
        return CloudStatus.FUNCTION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/function-in-use":
        return CloudStatus.FUNCTION_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeG(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/gone":
        return CloudStatus.GONE;
      case "https://cloud.example.com/problems/gateway-timeout":
        return CloudStatus.GATEWAY_TIMEOUT;
      case "https://cloud.example.com/problems/grant-already-exists":
        return CloudStatus.GRANT_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/grant-quota-exceeded":
        return CloudStatus.GRANT_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/grant-in-use":
        return CloudStatus.GRANT_IN_USE;
      case "https://cloud.example.com/problems/group-already-exists":
        return CloudStatus.GROUP_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/group-quota-exceeded":
        return CloudStatus.GROUP_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/group-in-use":
        return CloudStatus.GROUP_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeH(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/http-version-not-supported":
        return CloudStatus.HTTP_VERSION_NOT_SUPPORTED;
      default:
        return null;
    }
  }

  private static CloudStatus typeI(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/im-used":
        return CloudStatus.IM_USED;
      case "https://cloud.example.com/problems/internal-server-error":
        return CloudStatus.INTERNAL_SERVER_ERROR;
      case "https://cloud.example.com/problems/insufficient-storage":
        return CloudStatus.INSUFFICIENT_STORAGE;
      case "https://cloud.example.com/problems/illegal-versioning-configuration-exception":
        return CloudStatus.ILLEGAL_VERSIONING_CONFIGURATION_EXCEPTION;
      case "https://cloud.example.com/problems/incomplete-body":
        return CloudStatus.INCOMPLETE_BODY;
      case "https://cloud.example.com/problems/incorrect-number-of-files-in-post-request":
        return CloudStatus.INCORRECT_NUMBER_OF_FILES_IN_POST_REQUEST;
      case "https://cloud.example.com/problems/inline-data-too-large":
        return CloudStatus.INLINE_DATA_TOO_LARGE;
      case "https://cloud.example.com/problems/internal-error":
        return CloudStatus.INTERNAL_ERROR;
      case "https://cloud.example.com/problems/invalid-access-key-id":
        return CloudStatus.INVALID_ACCESS_KEY_ID;
      case "https://cloud.example.com/problems/invalid-argument":
        return CloudStatus.INVALID_ARGUMENT;
      case "https://cloud.example.com/problems/invalid-bucket-name":
        return CloudStatus.INVALID_BUCKET_NAME;
      case "https://cloud.example.com/problems/invalid-bucket-state":
        return CloudStatus.INVALID_BUCKET_STATE;
      case "https://cloud.example.com/problems/invalid-digest":
        return CloudStatus.INVALID_DIGEST;
      case "https://cloud.example.com/problems/invalid-encryption-algorithm-error":
        return CloudStatus.INVALID_ENCRYPTION_ALGORITHM_ERROR;
      case "https://cloud.example.com/problems/invalid-location-constraint":
        return CloudStatus.INVALID_LOCATION_CONSTRAINT;
      case "https://cloud.example.com/problems/invalid-object-state":
        return CloudStatus.INVALID_OBJECT_STATE;
      case "https://cloud.example.com/problems/invalid-part":
        return CloudStatus.INVALID_PART;
      case "https://cloud.example.com/problems/invalid-part-order":
        return CloudStatus.INVALID_PART_ORDER;
      case "https://cloud.example.com/problems/invalid-payer":
        return CloudStatus.INVALID_PAYER;
      case "https://cloud.example.com/problems/invalid-policy-document":
        return CloudStatus.INVALID_POLICY_DOCUMENT;
      case "https://cloud.example.com/problems/invalid-range":
        return CloudStatus.INVALID_RANGE;
      case "https://cloud.example.com/problems/invalid-request":
        return CloudStatus.INVALID_REQUEST;
      case "https://cloud.example.com/problems/invalid-security":
        return CloudStatus.INVALID_SECURITY;
      case "https://cloud.example.com/problems/invalid-soap-request":
        return CloudStatus.INVALID_SOAP_REQUEST;
      case "https://cloud.example.com/problems/invalid-storage-class":
        return CloudStatus.INVALID_STORAGE_CLASS;
      case "https://cloud.example.com/problems/invalid-target-bucket-for-logging":
        return CloudStatus.INVALID_TARGET_BUCKET_FOR_LOGGING;
      case "https://cloud.example.com/problems/invalid-token":
        return CloudStatus.INVALID_TOKEN;
      case "https://cloud.example.com/problems/invalid-uri":
        return CloudStatus.INVALID_URI;
      case "https://cloud.example.com/problems/invalid-tag":
        return CloudStatus.INVALID_TAG;
      case "https://cloud.example.com/problems/invalid-write-offset":
        return CloudStatus.INVALID_WRITE_OFFSET;
      case "https://cloud.example.com/problems/invalid-access-point-configuration":
        return CloudStatus.INVALID_ACCESS_POINT_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-alias-configuration":
        return CloudStatus.INVALID_ALIAS_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-analytics-configuration-configuration":
        return CloudStatus.INVALID_ANALYTICS_CONFIGURATION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-batch-job-configuration":
        return CloudStatus.INVALID_BATCH_JOB_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-bucket-policy-configuration":
        return CloudStatus.INVALID_BUCKET_POLICY_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-certificate-configuration":
        return CloudStatus.INVALID_CERTIFICATE_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-cluster-configuration":
        return CloudStatus.INVALID_CLUSTER_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-connection-configuration":
        return CloudStatus.INVALID_CONNECTION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-data-set-configuration":
        return CloudStatus.INVALID_DATA_SET_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-deployment-configuration":
        return CloudStatus.INVALID_DEPLOYMENT_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-directory-configuration":
        return CloudStatus.INVALID_DIRECTORY_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-domain-configuration":
        return CloudStatus.INVALID_DOMAIN_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-endpoint-configuration":
        return CloudStatus.INVALID_ENDPOINT_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-event-subscription-configuration":
        return CloudStatus.INVALID_EVENT_SUBSCRIPTION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-export-task-configuration":
        return CloudStatus.INVALID_EXPORT_TASK_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-file-system-configuration":
        return CloudStatus.INVALID_FILE_SYSTEM_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-function-configuration":
        return CloudStatus.INVALID_FUNCTION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-grant-configuration":
        return CloudStatus.INVALID_GRANT_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-group-configuration":
        return CloudStatus.INVALID_GROUP_CONFIGURATION;
      case "https://cloud.example.com/problems/import-task-already-exists":
        return CloudStatus.IMPORT_TASK_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/invalid-import-task-configuration":
        return CloudStatus.INVALID_IMPORT_TASK_CONFIGURATION;
      case "https://cloud.example.com/problems/import-task-quota-exceeded":
        return CloudStatus.IMPORT_TASK_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/import-task-in-use":
        return CloudStatus.IMPORT_TASK_IN_USE;
      case "https://cloud.example.com/problems/index-already-exists":
        return CloudStatus.INDEX_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/invalid-index-configuration":
        return CloudStatus.INVALID_INDEX_CONFIGURATION;
      case "https://cloud.example.com/problems/index-quota-exceeded":
        return CloudStatus.INDEX_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/index-in-use":
        return CloudStatus.INDEX_IN_USE;
      case "https://cloud.example.com/problems/instance-already-exists":
        return CloudStatus.INSTANCE_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/invalid-instance-configuration":
        return CloudStatus.INVALID_INSTANCE_CONFIGURATION;
      case "https://cloud.example.com/problems/instance-quota-exceeded":
        return CloudStatus.INSTANCE_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/instance-in-use":
        return CloudStatus.INSTANCE_IN_USE;
      case "https://cloud.example.com/problems/intelligent-tiering-configuration-already-exists":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/invalid-intelligent-tiering-configuration-configuration":
        return CloudStatus.INVALID_INTELLIGENT_TIERING_CONFIGURATION_CONFIGURATION;
      case "https://cloud.example.com/problems/intelligent-tiering-configuration-quota-exceeded":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/intelligent-tiering-configuration-in-use":
        return CloudStatus.INTELLIGENT_TIERING_CONFIGURATION_IN_USE;
      case "https://cloud.example.com/problems/inventory-configuration-already-exists":
        return CloudStatus.INVENTORY_CONFIGURATION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/invalid-inventory-configuration-configuration":
        return CloudStatus.INVALID_INVENTORY_CONFIGURATION_CONFIGURATION;
      case "https://cloud.example.com/problems/inventory-configuration-quota-exceeded":
        return CloudStatus.INVENTORY_CONFIGURATION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/inventory-configuration-in-use":
        return CloudStatus.INVENTORY_CONFIGURATION_IN_USE;
      case "https://cloud.example.com/problems/invalid-key-pair-configuration":
        return CloudStatus.INVALID_KEY_PAIR_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-layer-configuration":
        return CloudStatus.INVALID_LAYER_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-listener-configuration":
        return CloudStatus.INVALID_LISTENER_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-log-group-configuration":
        return CloudStatus.INVALID_LOG_GROUP_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-metrics-configuration-configuration":
        return CloudStatus.INVALID_METRICS_CONFIGURATION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-mount-target-configuration":
        return CloudStatus.INVALID_MOUNT_TARGET_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-namespace-configuration":
        return CloudStatus.INVALID_NAMESPACE_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-notification-configuration-configuration":
        return CloudStatus.INVALID_NOTIFICATION_CONFIGURATION_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-ownership-controls-configuration":
        return CloudStatus.INVALID_OWNERSHIP_CONTROLS_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-parameter-configuration":
        return CloudStatus.INVALID_PARAMETER_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-pipeline-configuration":
        return CloudStatus.INVALID_PIPELINE_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-queue-configuration":
        return CloudStatus.INVALID_QUEUE_CONFIGURATION;
      case "https://cloud.example.com/problems/invalid-replica-configuration":
        return CloudStatus.INVALID_REPLICA_CONFIGURATION;
      default:
        return null;
    }
  }

  private static CloudStatus typeK(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/key-too-long-error":
        return CloudStatus.KEY_TOO_LONG_ERROR;
      case "https://cloud.example.com/problems/key-pair-already-exists":
        return CloudStatus.KEY_PAIR_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/key-pair-quota-exceeded":
        return CloudStatus.KEY_PAIR_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/key-pair-in-use":
        return CloudStatus.KEY_PAIR_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeL(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/length-required":
        return CloudStatus.LENGTH_REQUIRED;
      case "https://cloud.example.com/problems/locked":
        return CloudStatus.LOCKED;
      case "https://cloud.example.com/problems/loop-detected":
        return CloudStatus.LOOP_DETECTED;
      case "https://cloud.example.com/problems/layer-already-exists":
        return CloudStatus.LAYER_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/layer-quota-exceeded":
        return CloudStatus.LAYER_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/layer-in-use":
        return CloudStatus.LAYER_IN_USE;
      case "https://cloud.example.com/problems/listener-already-exists":
        return CloudStatus.LISTENER_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/listener-quota-exceeded":
        return CloudStatus.LISTENER_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/listener-in-use":
        return CloudStatus.LISTENER_IN_USE;
      case "https://cloud.example.com/problems/log-group-already-exists":
        return CloudStatus.LOG_GROUP_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/log-group-quota-exceeded":
        return CloudStatus.LOG_GROUP_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/log-group-in-use":
        return CloudStatus.LOG_GROUP_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeM(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/multi-status":
        return CloudStatus.MULTI_STATUS;
      case "https://cloud.example.com/problems/multiple-choices":
        return CloudStatus.MULTIPLE_CHOICES;
      case "https://cloud.example.com/problems/moved-permanently":
        return CloudStatus.MOVED_PERMANENTLY;
      case "https://cloud.example.com/problems/method-not-allowed":
        return CloudStatus.METHOD_NOT_ALLOWED;
      case "https://cloud.example.com/problems/misdirected-request":
        return CloudStatus.MISDIRECTED_REQUEST;
      case "https://cloud.example.com/problems/malformed-acl-error":
        return CloudStatus.MALFORMED_ACL_ERROR;
      case "https://cloud.example.com/problems/malformed-post-request":
        return CloudStatus.MALFORMED_POST_REQUEST;
      case "https://cloud.example.com/problems/malformed-xml":
        return CloudStatus.MALFORMED_XML;
      case "https://cloud.example.com/problems/max-message-length-exceeded":
        return CloudStatus.MAX_MESSAGE_LENGTH_EXCEEDED;
      case "https://cloud.example.com/problems/max-post-pre-data-length-exceeded-error":
        return CloudStatus.MAX_POST_PRE_DATA_LENGTH_EXCEEDED_ERROR;
      case "https://cloud.example.com/problems/metadata-too-large":
        return CloudStatus.METADATA_TOO_LARGE;
      case "https://cloud.example.com/problems/missing-content-length":
        return CloudStatus.MISSING_CONTENT_LENGTH;
      case "https://cloud.example.com/problems/missing-request-body-error":
        return CloudStatus.MISSING_REQUEST_BODY_ERROR;
      case "https://cloud.example.com/problems/missing-security-element":
        return CloudStatus.MISSING_SECURITY_ELEMENT;
      case "https://cloud.example.com/problems/missing-security-header":
        return CloudStatus.MISSING_SECURITY_HEADER;
      case "https://cloud.example.com/problems/metrics-configuration-already-exists":
        return CloudStatus.METRICS_CONFIGURATION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/metrics-configuration-quota-exceeded":
        return CloudStatus.METRICS_CONFIGURATION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/metrics-configuration-in-use":
        return CloudStatus.METRICS_CONFIGURATION_IN_USE;
      case "https://cloud.example.com/problems/mount-target-already-exists":
        return CloudStatus.MOUNT_TARGET_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/mount-target-quota-exceeded":
        return CloudStatus.MOUNT_TARGET_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/mount-target-in-use":
        return CloudStatus.MOUNT_TARGET_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeN(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/non-authoritative-information":
        return CloudStatus.NON_AUTHORITATIVE_INFORMATION;
      case "https://cloud.example.com/problems/no-content":
        return CloudStatus.NO_CONTENT;
      case "https://cloud.example.com/problems/not-modified":
        return CloudStatus.NOT_MODIFIED;
      case "https://cloud.example.com/problems/not-found":
        return CloudStatus.NOT_FOUND;
      case "https://cloud.example.com/problems/not-acceptable":
        return CloudStatus.NOT_ACCEPTABLE;
      case "https://cloud.example.com/problems/not-implemented":
        return CloudStatus.NOT_IMPLEMENTED;
      case "https://cloud.example.com/problems/not-extended":
        return CloudStatus.NOT_EXTENDED;
      case "https://cloud.example.com/problems/network-authentication-required":
        return CloudStatus.NETWORK_AUTHENTICATION_REQUIRED;
      case "https://cloud.example.com/problems/no-logging-status-for-key":
        return CloudStatus.NO_LOGGING_STATUS_FOR_KEY;
      case "https://cloud.example.com/problems/no-such-bucket":
        return CloudStatus.NO_SUCH_BUCKET;
      case "https://cloud.example.com/problems/no-such-bucket-policy":
        return CloudStatus.NO_SUCH_BUCKET_POLICY;
      case "https://cloud.example.com/problems/no-such-key":
        return CloudStatus.NO_SUCH_KEY;
      case "https://cloud.example.com/problems/no-such-lifecycle-configuration":
        return CloudStatus.NO_SUCH_LIFECYCLE_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-upload":
        return CloudStatus.NO_SUCH_UPLOAD;
      case "https://cloud.example.com/problems/no-such-version":
        return CloudStatus.NO_SUCH_VERSION;
      case "https://cloud.example.com/problems/not-signed-up":
        return CloudStatus.NOT_SIGNED_UP;
      case "https://cloud.example.com/problems/no-such-access-point":
        return CloudStatus.NO_SUCH_ACCESS_POINT;
      case "https://cloud.example.com/problems/no-such-tag-set":
        return CloudStatus.NO_SUCH_TAG_SET;
      case "https://cloud.example.com/problems/no-such-cors-configuration":
        return CloudStatus.NO_SUCH_CORS_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-website-configuration":
        return CloudStatus.NO_SUCH_WEBSITE_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-alias":
        return CloudStatus.NO_SUCH_ALIAS;
      case "https://cloud.example.com/problems/no-such-analytics-configuration":
        return CloudStatus.NO_SUCH_ANALYTICS_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-batch-job":
        return CloudStatus.NO_SUCH_BATCH_JOB;
      case "https://cloud.example.com/problems/no-such-certificate":
        return CloudStatus.NO_SUCH_CERTIFICATE;
      case "https://cloud.example.com/problems/no-such-cluster":
        return CloudStatus.NO_SUCH_CLUSTER;
      case "https://cloud.example.com/problems/no-such-connection":
        return CloudStatus.NO_SUCH_CONNECTION;
      case "https://cloud.example.com/problems/no-such-data-set":
        return CloudStatus.NO_SUCH_DATA_SET;
      case "https://cloud.example.com/problems/no-such-deployment":
        return CloudStatus.NO_SUCH_DEPLOYMENT;
      case "https://cloud.example.com/problems/no-such-directory":
        return CloudStatus.NO_SUCH_DIRECTORY;
      case "https://cloud.example.com/problems/no-such-domain":
        return CloudStatus.NO_SUCH_DOMAIN;
      case "https://cloud.example.com/problems/no-such-endpoint":
        return CloudStatus.NO_SUCH_ENDPOINT;
      case "https://cloud.example.com/problems/no-such-event-subscription":
        return CloudStatus.NO_SUCH_EVENT_SUBSCRIPTION;
      case "https://cloud.example.com/problems/no-such-export-task":
        return CloudStatus.NO_SUCH_EXPORT_TASK;
      case "https://cloud.example.com/problems/no-such-file-system":
        return CloudStatus.NO_SUCH_FILE_SYSTEM;
      case "https://cloud.example.com/problems/no-such-function":
        return CloudStatus.NO_SUCH_FUNCTION;
      case "https://cloud.example.com/problems/no-such-grant":
        return CloudStatus.NO_SUCH_GRANT;
      case "https://cloud.example.com/problems/no-such-group":
        return CloudStatus.NO_SUCH_GROUP;
      case "https://cloud.example.com/problems/no-such-import-task":
        return CloudStatus.NO_SUCH_IMPORT_TASK;
      case "https://cloud.example.com/problems/no-such-index":
        return CloudStatus.NO_SUCH_INDEX;
      case "https://cloud.example.com/problems/no-such-instance":
        return CloudStatus.NO_SUCH_INSTANCE;
      case "https://cloud.example.com/problems/no-such-intelligent-tiering-configuration":
        return CloudStatus.NO_SUCH_INTELLIGENT_TIERING_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-inventory-configuration":
        return CloudStatus.NO_SUCH_INVENTORY_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-key-pair":
        return CloudStatus.NO_SUCH_KEY_PAIR;
      case "https://cloud.example.com/problems/no-such-layer":
        return CloudStatus.NO_SUCH_LAYER;
      case "https://cloud.example.com/problems/no-such-listener":
        return CloudStatus.NO_SUCH_LISTENER;
      case "https://cloud.example.com/problems/no-such-log-group":
        return CloudStatus.NO_SUCH_LOG_GROUP;
      case "https://cloud.example.com/problems/no-such-metrics-configuration":
        return CloudStatus.NO_SUCH_METRICS_CONFIGURATION;
      case "https://cloud.example.com/problems/no-such-mount-target":
        return CloudStatus.NO_SUCH_MOUNT_TARGET;
      case "https://cloud.example.com/problems/no-such-namespace":
        return CloudStatus.NO_SUCH_NAMESPACE;
      case "https://cloud.example.com/problems/namespace-already-exists":
        return CloudStatus.NAMESPACE_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/namespace-quota-exceeded":
        return CloudStatus.NAMESPACE_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/namespace-in-use":
        return CloudStatus.NAMESPACE_IN_USE;
      case "https://cloud.example.com/problems/no-such-notification-configuration":
        return CloudStatus.NO_SUCH_NOTIFICATION_CONFIGURATION;
      case "https://cloud.example.com/problems/notification-configuration-already-exists":
        return CloudStatus.NOTIFICATION_CONFIGURATION_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/notification-configuration-quota-exceeded":
        return CloudStatus.NOTIFICATION_CONFIGURATION_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/notification-configuration-in-use":
        return CloudStatus.NOTIFICATION_CONFIGURATION_IN_USE;
      case "https://cloud.example.com/problems/no-such-ownership-controls":
        return CloudStatus.NO_SUCH_OWNERSHIP_CONTROLS;
      case "https://cloud.example.com/problems/no-such-parameter":
        return CloudStatus.NO_SUCH_PARAMETER;
      case "https://cloud.example.com/problems/no-such-pipeline":
        return CloudStatus.NO_SUCH_PIPELINE;
      case "https://cloud.example.com/problems/no-such-queue":
        return CloudStatus.NO_SUCH_QUEUE;
      case "https://cloud.example.com/problems/no-such-replica":
        return CloudStatus.NO_SUCH_REPLICA;
      default:
        return null;
    }
  }

  private static CloudStatus typeO(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/ok":
        return CloudStatus.OK;
      case "https://cloud.example.com/problems/operation-aborted":
        return CloudStatus.OPERATION_ABORTED;
      case "https://cloud.example.com/problems/object-lock-configuration-not-found-error":
        return CloudStatus.OBJECT_LOCK_CONFIGURATION_NOT_FOUND_ERROR;
      case "https://cloud.example.com/problems/ownership-controls-already-exists":
        return CloudStatus.OWNERSHIP_CONTROLS_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/ownership-controls-quota-exceeded":
        return CloudStatus.OWNERSHIP_CONTROLS_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/ownership-controls-in-use":
        return CloudStatus.OWNERSHIP_CONTROLS_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeP(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/processing":
        return CloudStatus.PROCESSING;
      case "https://cloud.example.com/problems/partial-content":
        return CloudStatus.PARTIAL_CONTENT;
      case "https://cloud.example.com/problems/permanent-redirect":
        return CloudStatus.PERMANENT_REDIRECT;
      case "https://cloud.example.com/problems/payment-required":
        return CloudStatus.PAYMENT_REQUIRED;
      case "https://cloud.example.com/problems/proxy-authentication-required":
        return CloudStatus.PROXY_AUTHENTICATION_REQUIRED;
      case "https://cloud.example.com/problems/precondition-failed":
        return CloudStatus.PRECONDITION_FAILED;
      case "https://cloud.example.com/problems/precondition-required":
        return CloudStatus.PRECONDITION_REQUIRED;
      case "https://cloud.example.com/problems/parameter-already-exists":
        return CloudStatus.PARAMETER_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/parameter-quota-exceeded":
        return CloudStatus.PARAMETER_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/parameter-in-use":
        return CloudStatus.PARAMETER_IN_USE;
      case "https://cloud.example.com/problems/pipeline-already-exists":
        return CloudStatus.PIPELINE_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/pipeline-quota-exceeded":
        return CloudStatus.PIPELINE_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/pipeline-in-use":
        return CloudStatus.PIPELINE_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeQ(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/queue-already-exists":
        return CloudStatus.QUEUE_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/queue-quota-exceeded":
        return CloudStatus.QUEUE_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/queue-in-use":
        return CloudStatus.QUEUE_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeR(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/reset-content":
        return CloudStatus.RESET_CONTENT;
      case "https://cloud.example.com/problems/request-timeout":
        return CloudStatus.REQUEST_TIMEOUT;
      case "https://cloud.example.com/problems/range-not-satisfiable":
        return CloudStatus.RANGE_NOT_SATISFIABLE;
      case "https://cloud.example.com/problems/request-header-fields-too-large":
        return CloudStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
      case "https://cloud.example.com/problems/redirect":
        return CloudStatus.REDIRECT;
      case "https://cloud.example.com/problems/restore-already-in-progress":
        return CloudStatus.RESTORE_ALREADY_IN_PROGRESS;
      case "https://cloud.example.com/problems/request-is-not-multi-part-content":
        return CloudStatus.REQUEST_IS_NOT_MULTI_PART_CONTENT;
      case "https://cloud.example.com/problems/request-time-too-skewed":
        return CloudStatus.REQUEST_TIME_TOO_SKEWED;
      case "https://cloud.example.com/problems/request-torrent-of-bucket-error":
        return CloudStatus.REQUEST_TORRENT_OF_BUCKET_ERROR;
      case "https://cloud.example.com/problems/replication-configuration-not-found-error":
        return CloudStatus.REPLICATION_CONFIGURATION_NOT_FOUND_ERROR;
      case "https://cloud.example.com/problems/replica-already-exists":
        return CloudStatus.REPLICA_ALREADY_EXISTS;
      case "https://cloud.example.com/problems/replica-quota-exceeded":
        return CloudStatus.REPLICA_QUOTA_EXCEEDED;
      case "https://cloud.example.com/problems/replica-in-use":
        return CloudStatus.REPLICA_IN_USE;
      default:
        return null;
    }
  }

  private static CloudStatus typeS(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/switching-protocols":
        return CloudStatus.SWITCHING_PROTOCOLS;
      case "https://cloud.example.com/problems/see-other":
        return CloudStatus.SEE_OTHER;
      case "https://cloud.example.com/problems/service-unavailable":
        return CloudStatus.SERVICE_UNAVAILABLE;
      case "https://cloud.example.com/problems/s3-permanent-redirect":
        return CloudStatus.S3_PERMANENT_REDIRECT;
      case "https://cloud.example.com/problems/signature-does-not-match":
        return CloudStatus.SIGNATURE_DOES_NOT_MATCH;
      case "https://cloud.example.com/problems/slow-down":
        return CloudStatus.SLOW_DOWN;
      case "https://cloud.example.com/problems/s3-temporary-redirect":
        return CloudStatus.S3_TEMPORARY_REDIRECT;
      case "https://cloud.example.com/problems/server-side-encryption-configuration-not-found-error":
        return CloudStatus.SERVER_SIDE_ENCRYPTION_CONFIGURATION_NOT_FOUND_ERROR;
      case "https://cloud.example.com/problems/s3-precondition-failed":
        return CloudStatus.S3_PRECONDITION_FAILED;
      default:
        return null;
    }
  }

  private static CloudStatus typeT(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/temporary-redirect":
        return CloudStatus.TEMPORARY_REDIRECT;
      case "https://cloud.example.com/problems/too-early":
        return CloudStatus.TOO_EARLY;
      case "https://cloud.example.com/problems/too-many-requests":
        return CloudStatus.TOO_MANY_REQUESTS;
      case "https://cloud.example.com/problems/token-refresh-required":
        return CloudStatus.TOKEN_REFRESH_REQUIRED;
      case "https://cloud.example.com/problems/too-many-buckets":
        return CloudStatus.TOO_MANY_BUCKETS;
      case "https://cloud.example.com/problems/too-many-parts":
        return CloudStatus.TOO_MANY_PARTS;
      default:
        return null;
    }
  }

  private static CloudStatus typeU(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/upload-resumption-supported":
        return CloudStatus.UPLOAD_RESUMPTION_SUPPORTED;
      case "https://cloud.example.com/problems/use-proxy":
        return CloudStatus.USE_PROXY;
      case "https://cloud.example.com/problems/unauthorized":
        return CloudStatus.UNAUTHORIZED;
      case "https://cloud.example.com/problems/uri-too-long":
        return CloudStatus.URI_TOO_LONG;
      case "https://cloud.example.com/problems/unsupported-media-type":
        return CloudStatus.UNSUPPORTED_MEDIA_TYPE;
      case "https://cloud.example.com/problems/unprocessable-content":
        return CloudStatus.UNPROCESSABLE_CONTENT;
      case "https://cloud.example.com/problems/upgrade-required":
        return CloudStatus.UPGRADE_REQUIRED;
      case "https://cloud.example.com/problems/unavailable-for-legal-reasons":
        return CloudStatus.UNAVAILABLE_FOR_LEGAL_REASONS;
      case "https://cloud.example.com/problems/unexpected-content":
        return CloudStatus.UNEXPECTED_CONTENT;
      case "https://cloud.example.com/problems/unresolvable-grant-by-email-address":
        return CloudStatus.UNRESOLVABLE_GRANT_BY_EMAIL_ADDRESS;
      case "https://cloud.example.com/problems/user-key-must-be-specified":
        return CloudStatus.USER_KEY_MUST_BE_SPECIFIED;
      default:
        return null;
    }
  }

  private static CloudStatus typeV(String type) {
    switch (type) {
      case "https://cloud.example.com/problems/variant-also-negotiates":
        return CloudStatus.VARIANT_ALSO_NEGOTIATES;
      default:
        return null;
    }
  }

  /**
   * {@link CloudStatus#dispatch(int, String, CloudStatusHandler)} by hand: the switches of {@link
   * #resolve(int, String)}, each case calling its handler method.
   *
   * @param code the HTTP status code received
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public static <R> R dispatch(int code, String errorCode, CloudStatusHandler<R> handler) {
    switch (code) {
      case 100:
        return handler.onContinue();
      case 101:
        return handler.onSwitchingProtocols();
      case 102:
        return handler.onProcessing();
      case 103:
        return handler.onEarlyHints();
      case 104:
        return handler.onUploadResumptionSupported();
      case 200:
        return handler.onOk();
      case 201:
        return handler.onCreated();
      case 202:
        return handler.onAccepted();
      case 203:
        return handler.onNonAuthoritativeInformation();
      case 204:
        return handler.onNoContent();
      case 205:
        return handler.onResetContent();
      case 206:
        return handler.onPartialContent();
      case 207:
        return handler.onMultiStatus();
      case 208:
        return handler.onAlreadyReported();
      case 226:
        return handler.onImUsed();
      case 300:
        return handler.onMultipleChoices();
      case 301:
        return dispatch301(errorCode, handler);
      case 302:
        return handler.onFound();
      case 303:
        return handler.onSeeOther();
      case 304:
        return handler.onNotModified();
      case 305:
        return handler.onUseProxy();
      case 307:
        return dispatch307(errorCode, handler);
      case 308:
        return handler.onPermanentRedirect();
      case 400:
        return dispatch400(errorCode, handler);
      case 401:
        return handler.onUnauthorized();
      case 402:
        return handler.onPaymentRequired();
      case 403:
        return dispatch403(errorCode, handler);
      case 404:
        return dispatch404(errorCode, handler);
      case 405:
        return handler.onMethodNotAllowed();
      case 406:
        return handler.onNotAcceptable();
      case 407:
        return handler.onProxyAuthenticationRequired();
      case 408:
        return handler.onRequestTimeout();
      case 409:
        return dispatch409(errorCode, handler);
      case 410:
        return handler.onGone();
      case 411:
        return dispatch411(errorCode, handler);
      case 412:
        return dispatch412(errorCode, handler);
      case 413:
        return handler.onContentTooLarge();
      case 414:
        return handler.onUriTooLong();
      case 415:
        return handler.onUnsupportedMediaType();
      case 416:
        return dispatch416(errorCode, handler);
      case 417:
        return handler.onExpectationFailed();
      case 421:
        return handler.onMisdirectedRequest();
      case 422:
        return handler.onUnprocessableContent();
      case 423:
        return handler.onLocked();
      case 424:
        return handler.onFailedDependency();
      case 425:
        return handler.onTooEarly();
      case 426:
        return handler.onUpgradeRequired();
      case 428:
        return handler.onPreconditionRequired();
      case 429:
        return dispatch429(errorCode, handler);
      case 431:
        return handler.onRequestHeaderFieldsTooLarge();
      case 451:
        return handler.onUnavailableForLegalReasons();
      case 500:
        return dispatch500(errorCode, handler);
      case 501:
        return handler.onNotImplemented();
      case 502:
        return handler.onBadGateway();
      case 503:
        return dispatch503(errorCode, handler);
      case 504:
        return handler.onGatewayTimeout();
      case 505:
        return handler.onHttpVersionNotSupported();
      case 506:
        return handler.onVariantAlsoNegotiates();
      case 507:
        return handler.onInsufficientStorage();
      case 508:
        return handler.onLoopDetected();
      case 510:
        return handler.onNotExtended();
      case 511:
        return handler.onNetworkAuthenticationRequired();
      default:
        return handler.onUnknown(code);
    }
  }

  private static <R> R dispatch301(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onMovedPermanently();
    }
    switch (errorCode) {
      case "PermanentRedirect":
        return handler.onS3PermanentRedirect();
      default:
        return handler.onMovedPermanently();
    }
  }

  private static <R> R dispatch307(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onTemporaryRedirect();
    }
    switch (errorCode) {
      case "Redirect":
        return handler.onRedirect();
      case "TemporaryRedirect":
        return handler.onS3TemporaryRedirect();
      default:
        return handler.onTemporaryRedirect();
    }
  }

  private static <R> R dispatch400(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onBadRequest();
    }
    switch (errorCode) {
      case "AmbiguousGrantByEmailAddress":
        return handler.onAmbiguousGrantByEmailAddress();
      case "AuthorizationHeaderMalformed":
        return handler.onAuthorizationHeaderMalformed();
      case "BadDigest":
        return handler.onBadDigest();
      case "CredentialsNotSupported":
        return handler.onCredentialsNotSupported();
      case "EntityTooSmall":
        return handler.onEntityTooSmall();
      case "EntityTooLarge":
        return handler.onEntityTooLarge();
      case "ExpiredToken":
        return handler.onExpiredToken();
      case "IllegalVersioningConfigurationException":
        return handler.onIllegalVersioningConfigurationException();
      case "IncompleteBody":
        return handler.onIncompleteBody();
      case "IncorrectNumberOfFilesInPostRequest":
        return handler.onIncorrectNumberOfFilesInPostRequest();
      case "InlineDataTooLarge":
        return handler.onInlineDataTooLarge();
      case "InvalidArgument":
        return handler.onInvalidArgument();
      case "InvalidBucketName":
        return handler.onInvalidBucketName();
      case "InvalidDigest":
        return handler.onInvalidDigest();
      case "InvalidEncryptionAlgorithmError":
        return handler.onInvalidEncryptionAlgorithmError();
      case "InvalidLocationConstraint":
        return handler.onInvalidLocationConstraint();
      case "InvalidPart":
        return handler.onInvalidPart();
      case "InvalidPartOrder":
        return handler.onInvalidPartOrder();
      case "InvalidPolicyDocument":
        return handler.onInvalidPolicyDocument();
      case "InvalidRequest":
        return handler.onInvalidRequest();
      case "InvalidSOAPRequest":
        return handler.onInvalidSoapRequest();
      case "InvalidStorageClass":
        return handler.onInvalidStorageClass();
      case "InvalidTargetBucketForLogging":
        return handler.onInvalidTargetBucketForLogging();
      case "InvalidToken":
        return handler.onInvalidToken();
      case "InvalidURI":
        return handler.onInvalidUri();
      case "KeyTooLongError":
        return handler.onKeyTooLongError();
      case "MalformedACLError":
        return handler.onMalformedAclError();
      case "MalformedPOSTRequest":
        return handler.onMalformedPostRequest();
      case "MalformedXML":
        return handler.onMalformedXml();
      case "MaxMessageLengthExceeded":
        return handler.onMaxMessageLengthExceeded();
      case "MaxPostPreDataLengthExceededError":
        return handler.onMaxPostPreDataLengthExceededError();
      case "MetadataTooLarge":
        return handler.onMetadataTooLarge();
      case "MissingRequestBodyError":
        return handler.onMissingRequestBodyError();
      case "MissingSecurityElement":
        return handler.onMissingSecurityElement();
      case "MissingSecurityHeader":
        return handler.onMissingSecurityHeader();
      case "NoLoggingStatusForKey":
        return handler.onNoLoggingStatusForKey();
      case "RequestIsNotMultiPartContent":
        return handler.onRequestIsNotMultiPartContent();
      case "RequestTorrentOfBucketError":
        return handler.onRequestTorrentOfBucketError();
      case "TokenRefreshRequired":
        return handler.onTokenRefreshRequired();
      case "TooManyBuckets":
        return handler.onTooManyBuckets();
      case "UnexpectedContent":
        return handler.onUnexpectedContent();
      case "UnresolvableGrantByEmailAddress":
        return handler.onUnresolvableGrantByEmailAddress();
      case "UserKeyMustBeSpecified":
        return handler.onUserKeyMustBeSpecified();
      case "InvalidTag":
        return handler.onInvalidTag();
      case "InvalidWriteOffset":
        return handler.onInvalidWriteOffset();
      case "TooManyParts":
        return handler.onTooManyParts();
      case "InvalidAccessPointConfiguration":
        return handler.onInvalidAccessPointConfiguration();
      case "InvalidAliasConfiguration":
        return handler.onInvalidAliasConfiguration();
      case "InvalidAnalyticsConfigurationConfiguration":
        return handler.onInvalidAnalyticsConfigurationConfiguration();
      case "InvalidBatchJobConfiguration":
        return handler.onInvalidBatchJobConfiguration();
      case "InvalidBucketPolicyConfiguration":
        return handler.onInvalidBucketPolicyConfiguration();
      case "InvalidCertificateConfiguration":
        return handler.onInvalidCertificateConfiguration();
      case "InvalidClusterConfiguration":
        return handler.onInvalidClusterConfiguration();
      case "InvalidConnectionConfiguration":
        return handler.onInvalidConnectionConfiguration();
      case "InvalidDataSetConfiguration":
        return handler.onInvalidDataSetConfiguration();
      case "InvalidDeploymentConfiguration":
        return handler.onInvalidDeploymentConfiguration();
      case "InvalidDirectoryConfiguration":
        return handler.onInvalidDirectoryConfiguration();
      case "InvalidDomainConfiguration":
        return handler.onInvalidDomainConfiguration();
      case "InvalidEndpointConfiguration":
        return handler.onInvalidEndpointConfiguration();
      case "InvalidEventSubscriptionConfiguration":
        return handler.onInvalidEventSubscriptionConfiguration();
      case "InvalidExportTaskConfiguration":
        return handler.onInvalidExportTaskConfiguration();
      case "InvalidFileSystemConfiguration":
        return handler.onInvalidFileSystemConfiguration();
      case "InvalidFunctionConfiguration":
        return handler.onInvalidFunctionConfiguration();
      case "InvalidGrantConfiguration":
        return handler.onInvalidGrantConfiguration();
      case "InvalidGroupConfiguration":
        return handler.onInvalidGroupConfiguration();
      case "InvalidImportTaskConfiguration":
        return handler.onInvalidImportTaskConfiguration();
      case "InvalidIndexConfiguration":
        return handler.onInvalidIndexConfiguration();
      case "InvalidInstanceConfiguration":
        return handler.onInvalidInstanceConfiguration();
      case "InvalidIntelligentTieringConfigurationConfiguration":
        return handler.onInvalidIntelligentTieringConfigurationConfiguration();
      case "InvalidInventoryConfigurationConfiguration":
        return handler.onInvalidInventoryConfigurationConfiguration();
      case "InvalidKeyPairConfiguration":
        return handler.onInvalidKeyPairConfiguration();
      case "InvalidLayerConfiguration":
        return handler.onInvalidLayerConfiguration();
      case "InvalidListenerConfiguration":
        return handler.onInvalidListenerConfiguration();
      case "InvalidLogGroupConfiguration":
        return handler.onInvalidLogGroupConfiguration();
      case "InvalidMetricsConfigurationConfiguration":
        return handler.onInvalidMetricsConfigurationConfiguration();
      case "InvalidMountTargetConfiguration":
        return handler.onInvalidMountTargetConfiguration();
      case "InvalidNamespaceConfiguration":
        return handler.onInvalidNamespaceConfiguration();
      case "InvalidNotificationConfigurationConfiguration":
        return handler.onInvalidNotificationConfigurationConfiguration();
      case "InvalidOwnershipControlsConfiguration":
        return handler.onInvalidOwnershipControlsConfiguration();
      case "InvalidParameterConfiguration":
        return handler.onInvalidParameterConfiguration();
      case "InvalidPipelineConfiguration":
        return handler.onInvalidPipelineConfiguration();
      case "InvalidQueueConfiguration":
        return handler.onInvalidQueueConfiguration();
      case "InvalidReplicaConfiguration":
        return handler.onInvalidReplicaConfiguration();
      default:
        return handler.onBadRequest();
    }
  }

  private static <R> R dispatch403(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onForbidden();
    }
    switch (errorCode) {
      case "AccessDenied":
        return handler.onAccessDenied();
      case "AccountProblem":
        return handler.onAccountProblem();
      case "AllAccessDisabled":
        return handler.onAllAccessDisabled();
      case "CrossLocationLoggingProhibited":
        return handler.onCrossLocationLoggingProhibited();
      case "InvalidAccessKeyId":
        return handler.onInvalidAccessKeyId();
      case "InvalidObjectState":
        return handler.onInvalidObjectState();
      case "InvalidPayer":
        return handler.onInvalidPayer();
      case "InvalidSecurity":
        return handler.onInvalidSecurity();
      case "NotSignedUp":
        return handler.onNotSignedUp();
      case "RequestTimeTooSkewed":
        return handler.onRequestTimeTooSkewed();
      case "SignatureDoesNotMatch":
        return handler.onSignatureDoesNotMatch();
      default:
        return handler.onForbidden();
    }
  }

  private static <R> R dispatch404(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onNotFound();
    }
    switch (errorCode) {
      case "NoSuchBucket":
        return handler.onNoSuchBucket();
      case "NoSuchBucketPolicy":
        return handler.onNoSuchBucketPolicy();
      case "NoSuchKey":
        return handler.onNoSuchKey();
      case "NoSuchLifecycleConfiguration":
        return handler.onNoSuchLifecycleConfiguration();
      case "NoSuchUpload":
        return handler.onNoSuchUpload();
      case "NoSuchVersion":
        return handler.onNoSuchVersion();
      case "NoSuchAccessPoint":
        return handler.onNoSuchAccessPoint();
      case "NoSuchTagSet":
        return handler.onNoSuchTagSet();
      case "NoSuchCORSConfiguration":
        return handler.onNoSuchCorsConfiguration();
      case "NoSuchWebsiteConfiguration":
        return handler.onNoSuchWebsiteConfiguration();
      case "ObjectLockConfigurationNotFoundError":
        return handler.onObjectLockConfigurationNotFoundError();
      case "ServerSideEncryptionConfigurationNotFoundError":
        return handler.onServerSideEncryptionConfigurationNotFoundError();
      case "ReplicationConfigurationNotFoundError":
        return handler.onReplicationConfigurationNotFoundError();
      case "NoSuchAlias":
        return handler.onNoSuchAlias();
      case "NoSuchAnalyticsConfiguration":
        return handler.onNoSuchAnalyticsConfiguration();
      case "NoSuchBatchJob":
        return handler.onNoSuchBatchJob();
      case "NoSuchCertificate":
        return handler.onNoSuchCertificate();
      case "NoSuchCluster":
        return handler.onNoSuchCluster();
      case "NoSuchConnection":
        return handler.onNoSuchConnection();
      case "NoSuchDataSet":
        return handler.onNoSuchDataSet();
      case "NoSuchDeployment":
        return handler.onNoSuchDeployment();
      case "NoSuchDirectory":
        return handler.onNoSuchDirectory();
      case "NoSuchDomain":
        return handler.onNoSuchDomain();
      case "NoSuchEndpoint":
        return handler.onNoSuchEndpoint();
      case "NoSuchEventSubscription":
        return handler.onNoSuchEventSubscription();
      case "NoSuchExportTask":
        return handler.onNoSuchExportTask();
      case "NoSuchFileSystem":
        return handler.onNoSuchFileSystem();
      case "NoSuchFunction":
        return handler.onNoSuchFunction();
      case "NoSuchGrant":
        return handler.onNoSuchGrant();
      case "NoSuchGroup":
        return handler.onNoSuchGroup();
      case "NoSuchImportTask":
        return handler.onNoSuchImportTask();
      case "NoSuchIndex":
        return handler.onNoSuchIndex();
      case "NoSuchInstance":
        return handler.onNoSuchInstance();
      case "NoSuchIntelligentTieringConfiguration":
        return handler.onNoSuchIntelligentTieringConfiguration();
      case "NoSuchInventoryConfiguration":
        return handler.onNoSuchInventoryConfiguration();
      case "NoSuchKeyPair":
        return handler.onNoSuchKeyPair();
      case "NoSuchLayer":
        return handler.onNoSuchLayer();
      case "NoSuchListener":
        return handler.onNoSuchListener();
      case "NoSuchLogGroup":
        return handler.onNoSuchLogGroup();
      case "NoSuchMetricsConfiguration":
        return handler.onNoSuchMetricsConfiguration();
      case "NoSuchMountTarget":
        return handler.onNoSuchMountTarget();
      case "NoSuchNamespace":
        return handler.onNoSuchNamespace();
      case "NoSuchNotificationConfiguration":
        return handler.onNoSuchNotificationConfiguration();
      case "NoSuchOwnershipControls":
        return handler.onNoSuchOwnershipControls();
      case "NoSuchParameter":
        return handler.onNoSuchParameter();
      case "NoSuchPipeline":
        return handler.onNoSuchPipeline();
      case "NoSuchQueue":
        return handler.onNoSuchQueue();
      case "NoSuchReplica":
        return handler.onNoSuchReplica();
      default:
        return handler.onNotFound();
    }
  }

  private static <R> R dispatch409(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onConflict();
    }
    switch (errorCode) {
      case "BucketAlreadyExists":
        return handler.onBucketAlreadyExists();
      case "BucketAlreadyOwnedByYou":
        return handler.onBucketAlreadyOwnedByYou();
      case "BucketNotEmpty":
        return handler.onBucketNotEmpty();
      case "InvalidBucketState":
        return handler.onInvalidBucketState();
      case "OperationAborted":
        return handler.onOperationAborted();
      case "RestoreAlreadyInProgress":
        return handler.onRestoreAlreadyInProgress();
      case "ConditionalRequestConflict":
        return handler.onConditionalRequestConflict();
      case "AccessPointAlreadyExists":
        return handler.onAccessPointAlreadyExists();
      case "AccessPointInUse":
        return handler.onAccessPointInUse();
      case "AliasAlreadyExists":
        return handler.onAliasAlreadyExists();
      case "AliasInUse":
        return handler.onAliasInUse();
      case "AnalyticsConfigurationAlreadyExists":
        return handler.onAnalyticsConfigurationAlreadyExists();
      case "AnalyticsConfigurationInUse":
        return handler.onAnalyticsConfigurationInUse();
      case "BatchJobAlreadyExists":
        return handler.onBatchJobAlreadyExists();
      case "BatchJobInUse":
        return handler.onBatchJobInUse();
      case "BucketPolicyAlreadyExists":
        return handler.onBucketPolicyAlreadyExists();
      case "BucketPolicyInUse":
        return handler.onBucketPolicyInUse();
      case "CertificateAlreadyExists":
        return handler.onCertificateAlreadyExists();
      case "CertificateInUse":
        return handler.onCertificateInUse();
      case "ClusterAlreadyExists":
        return handler.onClusterAlreadyExists();
      case "ClusterInUse":
        return handler.onClusterInUse();
      case "ConnectionAlreadyExists":
        return handler.onConnectionAlreadyExists();
      case "ConnectionInUse":
        return handler.onConnectionInUse();
      case "DataSetAlreadyExists":
        return handler.onDataSetAlreadyExists();
      case "DataSetInUse":
        return handler.onDataSetInUse();
      case "DeploymentAlreadyExists":
        return handler.onDeploymentAlreadyExists();
      case "DeploymentInUse":
        return handler.onDeploymentInUse();
      case "DirectoryAlreadyExists":
        return handler.onDirectoryAlreadyExists();
      case "DirectoryInUse":
        return handler.onDirectoryInUse();
      case "DomainAlreadyExists":
        return handler.onDomainAlreadyExists();
      case "DomainInUse":
        return handler.onDomainInUse();
      case "EndpointAlreadyExists":
        return handler.onEndpointAlreadyExists();
      case "EndpointInUse":
        return handler.onEndpointInUse();
      case "EventSubscriptionAlreadyExists":
        return handler.onEventSubscriptionAlreadyExists();
      case "EventSubscriptionInUse":
        return handler.onEventSubscriptionInUse();
      case "ExportTaskAlreadyExists":
        return handler.onExportTaskAlreadyExists();
      case "ExportTaskInUse":
        return handler.onExportTaskInUse();
      case "FileSystemAlreadyExists":
        return handler.onFileSystemAlreadyExists();
      case "FileSystemInUse":
        return handler.onFileSystemInUse();
      case "FunctionAlreadyExists":
        return handler.onFunctionAlreadyExists();
      case "FunctionInUse":
        return handler.onFunctionInUse();
      case "GrantAlreadyExists":
        return handler.onGrantAlreadyExists();
      case "GrantInUse":
        return handler.onGrantInUse();
      case "GroupAlreadyExists":
        return handler.onGroupAlreadyExists();
      case "GroupInUse":
        return handler.onGroupInUse();
      case "ImportTaskAlreadyExists":
        return handler.onImportTaskAlreadyExists();
      case "ImportTaskInUse":
        return handler.onImportTaskInUse();
      case "IndexAlreadyExists":
        return handler.onIndexAlreadyExists();
      case "IndexInUse":
        return handler.onIndexInUse();
      case "InstanceAlreadyExists":
        return handler.onInstanceAlreadyExists();
      case "InstanceInUse":
        return handler.onInstanceInUse();
      case "IntelligentTieringConfigurationAlreadyExists":
        return handler.onIntelligentTieringConfigurationAlreadyExists();
      case "IntelligentTieringConfigurationInUse":
        return handler.onIntelligentTieringConfigurationInUse();
      case "InventoryConfigurationAlreadyExists":
        return handler.onInventoryConfigurationAlreadyExists();
      case "InventoryConfigurationInUse":
        return handler.onInventoryConfigurationInUse();
      case "KeyPairAlreadyExists":
        return handler.onKeyPairAlreadyExists();
      case "KeyPairInUse":
        return handler.onKeyPairInUse();
      case "LayerAlreadyExists":
        return handler.onLayerAlreadyExists();
      case "LayerInUse":
        return handler.onLayerInUse();
      case "ListenerAlreadyExists":
        return handler.onListenerAlreadyExists();
      case "ListenerInUse":
        return handler.onListenerInUse();
      case "LogGroupAlreadyExists":
        return handler.onLogGroupAlreadyExists();
      case "LogGroupInUse":
        return handler.onLogGroupInUse();
      case "MetricsConfigurationAlreadyExists":
        return handler.onMetricsConfigurationAlreadyExists();
      case "MetricsConfigurationInUse":
        return handler.onMetricsConfigurationInUse();
      case "MountTargetAlreadyExists":
        return handler.onMountTargetAlreadyExists();
      case "MountTargetInUse":
        return handler.onMountTargetInUse();
      case "NamespaceAlreadyExists":
        return handler.onNamespaceAlreadyExists();
      case "NamespaceInUse":
        return handler.onNamespaceInUse();
      case "NotificationConfigurationAlreadyExists":
        return handler.onNotificationConfigurationAlreadyExists();
      case "NotificationConfigurationInUse":
        return handler.onNotificationConfigurationInUse();
      case "OwnershipControlsAlreadyExists":
        return handler.onOwnershipControlsAlreadyExists();
      case "OwnershipControlsInUse":
        return handler.onOwnershipControlsInUse();
      case "ParameterAlreadyExists":
        return handler.onParameterAlreadyExists();
      case "ParameterInUse":
        return handler.onParameterInUse();
      case "PipelineAlreadyExists":
        return handler.onPipelineAlreadyExists();
      case "PipelineInUse":
        return handler.onPipelineInUse();
      case "QueueAlreadyExists":
        return handler.onQueueAlreadyExists();
      case "QueueInUse":
        return handler.onQueueInUse();
      case "ReplicaAlreadyExists":
        return handler.onReplicaAlreadyExists();
      case "ReplicaInUse":
        return handler.onReplicaInUse();
      default:
        return handler.onConflict();
    }
  }

  private static <R> R dispatch411(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onLengthRequired();
    }
    switch (errorCode) {
      case "MissingContentLength":
        return handler.onMissingContentLength();
      default:
        return handler.onLengthRequired();
    }
  }

  private static <R> R dispatch412(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onPreconditionFailed();
    }
    switch (errorCode) {
      case "PreconditionFailed":
        return handler.onS3PreconditionFailed();
      default:
        return handler.onPreconditionFailed();
    }
  }

  private static <R> R dispatch416(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onRangeNotSatisfiable();
    }
    switch (errorCode) {
      case "InvalidRange":
        return handler.onInvalidRange();
      default:
        return handler.onRangeNotSatisfiable();
    }
  }

  private static <R> R dispatch429(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onTooManyRequests();
    }
    switch (errorCode) {
      case "AccessPointQuotaExceeded":
        return handler.onAccessPointQuotaExceeded();
      case "AliasQuotaExceeded":
        return handler.onAliasQuotaExceeded();
      case "AnalyticsConfigurationQuotaExceeded":
        return handler.onAnalyticsConfigurationQuotaExceeded();
      case "BatchJobQuotaExceeded":
        return handler.onBatchJobQuotaExceeded();
      case "BucketPolicyQuotaExceeded":
        return handler.onBucketPolicyQuotaExceeded();
      case "CertificateQuotaExceeded":
        return handler.onCertificateQuotaExceeded();
      case "ClusterQuotaExceeded":
        return handler.onClusterQuotaExceeded();
      case "ConnectionQuotaExceeded":
        return handler.onConnectionQuotaExceeded();
      case "DataSetQuotaExceeded":
        return handler.onDataSetQuotaExceeded();
      case "DeploymentQuotaExceeded":
        return handler.onDeploymentQuotaExceeded();
      case "DirectoryQuotaExceeded":
        return handler.onDirectoryQuotaExceeded();
      case "DomainQuotaExceeded":
        return handler.onDomainQuotaExceeded();
      case "EndpointQuotaExceeded":
        return handler.onEndpointQuotaExceeded();
      case "EventSubscriptionQuotaExceeded":
        return handler.onEventSubscriptionQuotaExceeded();
      case "ExportTaskQuotaExceeded":
        return handler.onExportTaskQuotaExceeded();
      case "FileSystemQuotaExceeded":
        return handler.onFileSystemQuotaExceeded();
      case "FunctionQuotaExceeded":
        return handler.onFunctionQuotaExceeded();
      case "GrantQuotaExceeded":
        return handler.onGrantQuotaExceeded();
      case "GroupQuotaExceeded":
        return handler.onGroupQuotaExceeded();
      case "ImportTaskQuotaExceeded":
        return handler.onImportTaskQuotaExceeded();
      case "IndexQuotaExceeded":
        return handler.onIndexQuotaExceeded();
      case "InstanceQuotaExceeded":
        return handler.onInstanceQuotaExceeded();
      case "IntelligentTieringConfigurationQuotaExceeded":
        return handler.onIntelligentTieringConfigurationQuotaExceeded();
      case "InventoryConfigurationQuotaExceeded":
        return handler.onInventoryConfigurationQuotaExceeded();
      case "KeyPairQuotaExceeded":
        return handler.onKeyPairQuotaExceeded();
      case "LayerQuotaExceeded":
        return handler.onLayerQuotaExceeded();
      case "ListenerQuotaExceeded":
        return handler.onListenerQuotaExceeded();
      case "LogGroupQuotaExceeded":
        return handler.onLogGroupQuotaExceeded();
      case "MetricsConfigurationQuotaExceeded":
        return handler.onMetricsConfigurationQuotaExceeded();
      case "MountTargetQuotaExceeded":
        return handler.onMountTargetQuotaExceeded();
      case "NamespaceQuotaExceeded":
        return handler.onNamespaceQuotaExceeded();
      case "NotificationConfigurationQuotaExceeded":
        return handler.onNotificationConfigurationQuotaExceeded();
      case "OwnershipControlsQuotaExceeded":
        return handler.onOwnershipControlsQuotaExceeded();
      case "ParameterQuotaExceeded":
        return handler.onParameterQuotaExceeded();
      case "PipelineQuotaExceeded":
        return handler.onPipelineQuotaExceeded();
      case "QueueQuotaExceeded":
        return handler.onQueueQuotaExceeded();
      case "ReplicaQuotaExceeded":
        return handler.onReplicaQuotaExceeded();
      default:
        return handler.onTooManyRequests();
    }
  }

  private static <R> R dispatch500(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onInternalServerError();
    }
    switch (errorCode) {
      case "InternalError":
        return handler.onInternalError();
      default:
        return handler.onInternalServerError();
    }
  }

  private static <R> R dispatch503(String errorCode, CloudStatusHandler<R> handler) {
    if (errorCode == null) {
      return handler.onServiceUnavailable();
    }
    switch (errorCode) {
      case "SlowDown":
        return handler.onSlowDown();
      default:
        return handler.onServiceUnavailable();
    }
  }

  /**
   * {@link CloudGetObjectHandler#dispatch(int, String, CloudGetObjectHandler)} by hand: a switch on
   * the codes of the statuses {@code getObject} lists, then on the errorCodes of that code, where
   * the spec's other errorCodes of the code go to {@code onUnknown}.
   *
   * @param code the HTTP status code received
   * @param errorCode the API's error code received, or null
   * @param handler the handler
   * @param <R> the result type
   * @return what the handler returns
   */
  public static <R> R dispatchGetObject(
      int code, String errorCode, CloudGetObjectHandler<R> handler) {
    switch (code) {
      case 200:
        return handler.onOk();
      case 206:
        return handler.onPartialContent();
      case 301:
        return dispatchGetObject301(errorCode, handler);
      case 304:
        return handler.onNotModified();
      case 307:
        return dispatchGetObject307(errorCode, handler);
      case 400:
        return dispatchGetObject400(errorCode, handler);
      case 403:
        return dispatchGetObject403(errorCode, handler);
      case 404:
        return dispatchGetObject404(errorCode, handler);
      case 412:
        return dispatchGetObject412(errorCode, handler);
      case 416:
        return dispatchGetObject416(errorCode, handler);
      case 500:
        return dispatchGetObject500(errorCode, handler);
      case 503:
        return dispatchGetObject503(errorCode, handler);
      default:
        return handler.onUnknown(code);
    }
  }

  private static <R> R dispatchGetObject301(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onUnknown(301);
    }
    switch (errorCode) {
      case "PermanentRedirect":
        return handler.onS3PermanentRedirect();
      default:
        return handler.onUnknown(301);
    }
  }

  private static <R> R dispatchGetObject307(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onUnknown(307);
    }
    switch (errorCode) {
      case "TemporaryRedirect":
        return handler.onS3TemporaryRedirect();
      default:
        return handler.onUnknown(307);
    }
  }

  private static <R> R dispatchGetObject400(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onBadRequest();
    }
    switch (errorCode) {
      case "AmbiguousGrantByEmailAddress":
      case "AuthorizationHeaderMalformed":
      case "BadDigest":
      case "CredentialsNotSupported":
      case "EntityTooSmall":
      case "EntityTooLarge":
      case "IllegalVersioningConfigurationException":
      case "IncompleteBody":
      case "IncorrectNumberOfFilesInPostRequest":
      case "InlineDataTooLarge":
      case "InvalidBucketName":
      case "InvalidDigest":
      case "InvalidEncryptionAlgorithmError":
      case "InvalidLocationConstraint":
      case "InvalidPart":
      case "InvalidPartOrder":
      case "InvalidPolicyDocument":
      case "InvalidRequest":
      case "InvalidSOAPRequest":
      case "InvalidStorageClass":
      case "InvalidTargetBucketForLogging":
      case "InvalidToken":
      case "InvalidURI":
      case "KeyTooLongError":
      case "MalformedACLError":
      case "MalformedPOSTRequest":
      case "MalformedXML":
      case "MaxMessageLengthExceeded":
      case "MaxPostPreDataLengthExceededError":
      case "MetadataTooLarge":
      case "MissingRequestBodyError":
      case "MissingSecurityElement":
      case "MissingSecurityHeader":
      case "NoLoggingStatusForKey":
      case "RequestIsNotMultiPartContent":
      case "RequestTorrentOfBucketError":
      case "TokenRefreshRequired":
      case "TooManyBuckets":
      case "UnexpectedContent":
      case "UnresolvableGrantByEmailAddress":
      case "UserKeyMustBeSpecified":
      case "InvalidTag":
      case "InvalidWriteOffset":
      case "TooManyParts":
      case "InvalidAccessPointConfiguration":
      case "InvalidAliasConfiguration":
      case "InvalidAnalyticsConfigurationConfiguration":
      case "InvalidBatchJobConfiguration":
      case "InvalidBucketPolicyConfiguration":
      case "InvalidCertificateConfiguration":
      case "InvalidClusterConfiguration":
      case "InvalidConnectionConfiguration":
      case "InvalidDataSetConfiguration":
      case "InvalidDeploymentConfiguration":
      case "InvalidDirectoryConfiguration":
      case "InvalidDomainConfiguration":
      case "InvalidEndpointConfiguration":
      case "InvalidEventSubscriptionConfiguration":
      case "InvalidExportTaskConfiguration":
      case "InvalidFileSystemConfiguration":
      case "InvalidFunctionConfiguration":
      case "InvalidGrantConfiguration":
      case "InvalidGroupConfiguration":
      case "InvalidImportTaskConfiguration":
      case "InvalidIndexConfiguration":
      case "InvalidInstanceConfiguration":
      case "InvalidIntelligentTieringConfigurationConfiguration":
      case "InvalidInventoryConfigurationConfiguration":
      case "InvalidKeyPairConfiguration":
      case "InvalidLayerConfiguration":
      case "InvalidListenerConfiguration":
      case "InvalidLogGroupConfiguration":
      case "InvalidMetricsConfigurationConfiguration":
      case "InvalidMountTargetConfiguration":
      case "InvalidNamespaceConfiguration":
      case "InvalidNotificationConfigurationConfiguration":
      case "InvalidOwnershipControlsConfiguration":
      case "InvalidParameterConfiguration":
      case "InvalidPipelineConfiguration":
      case "InvalidQueueConfiguration":
      case "InvalidReplicaConfiguration":
        return handler.onUnknown(400);
      case "ExpiredToken":
        return handler.onExpiredToken();
      case "InvalidArgument":
        return handler.onInvalidArgument();
      default:
        return handler.onBadRequest();
    }
  }

  private static <R> R dispatchGetObject403(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onUnknown(403);
    }
    switch (errorCode) {
      case "AccessDenied":
        return handler.onAccessDenied();
      case "InvalidObjectState":
        return handler.onInvalidObjectState();
      default:
        return handler.onUnknown(403);
    }
  }

  private static <R> R dispatchGetObject404(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onUnknown(404);
    }
    switch (errorCode) {
      case "NoSuchBucket":
        return handler.onNoSuchBucket();
      case "NoSuchKey":
        return handler.onNoSuchKey();
      case "NoSuchVersion":
        return handler.onNoSuchVersion();
      default:
        return handler.onUnknown(404);
    }
  }

  private static <R> R dispatchGetObject412(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onUnknown(412);
    }
    switch (errorCode) {
      case "PreconditionFailed":
        return handler.onS3PreconditionFailed();
      default:
        return handler.onUnknown(412);
    }
  }

  private static <R> R dispatchGetObject416(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onRangeNotSatisfiable();
    }
    switch (errorCode) {
      case "InvalidRange":
        return handler.onInvalidRange();
      default:
        return handler.onRangeNotSatisfiable();
    }
  }

  private static <R> R dispatchGetObject500(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onInternalServerError();
    }
    switch (errorCode) {
      case "InternalError":
        return handler.onInternalError();
      default:
        return handler.onInternalServerError();
    }
  }

  private static <R> R dispatchGetObject503(String errorCode, CloudGetObjectHandler<R> handler) {
    if (errorCode == null) {
      return handler.onServiceUnavailable();
    }
    switch (errorCode) {
      case "SlowDown":
        return handler.onSlowDown();
      default:
        return handler.onServiceUnavailable();
    }
  }
}
