"""python -m medchat train | loo: retrain the triage's learned model, or cross-validate it."""
import json
import sys

from medchat.learned import MODEL_PATH, leave_one_writer_out, train

if __name__ == "__main__":
    command = sys.argv[1:]
    if command == ["train"]:
        model = train()
        print(f"wrote {MODEL_PATH} ({model['meta']['features']} features, "
              f"{model['meta']['messages']} messages)")
    elif command == ["loo"]:
        print(json.dumps(leave_one_writer_out(), indent=1))
    else:
        sys.exit("usage: python -m medchat train | loo")
